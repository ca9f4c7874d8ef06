package dev.tagbench.user;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as stored, for signing in and for checking signed-in sessions against them. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var locked = throttle.isLocked(username);
        return users.findByUsername(username)
                .map(stored -> new TagbenchPrincipal(stored.user(), stored.passwordHash(), stored.enabled(), locked))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** The account as stored now. */
    @Transactional(readOnly = true)
    Optional<UserRepository.StoredUser> stored(String username) {
        return users.findByUsername(username);
    }
}
