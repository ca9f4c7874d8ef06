package dev.tagbench.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var locked = throttle.isLocked(username);
        return users.findByUsername(username)
                .map(stored -> new TagbenchPrincipal(stored.user(), stored.passwordHash(), stored.enabled(), locked))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
