package dev.tagbench.user;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as stored, for signing in with a password and for checking signed-in sessions against
 * them. An account without a password, or any account while local accounts are switched off
 * ({@code tagbench.sso.local-accounts=false}), is unknown to a password sign-in: the form and HTTP
 * Basic answer as for a wrong password, after the same hashing time.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;
    private final boolean localAccounts;

    DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle, SsoProperties sso) {
        this.users = users;
        this.throttle = throttle;
        this.localAccounts = sso.localAccounts();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!localAccounts) {
            throw new UsernameNotFoundException("Local accounts are switched off");
        }
        var locked = throttle.isLocked(username);
        return users.findByUsername(username)
                .filter(stored -> stored.passwordHash() != null)
                .map(stored -> new TagbenchPrincipal(stored.user(), stored.passwordHash(), stored.enabled(), locked))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** The account as stored now. */
    @Transactional(readOnly = true)
    Optional<UserRepository.StoredUser> stored(String username) {
        return users.findByUsername(username);
    }
}
