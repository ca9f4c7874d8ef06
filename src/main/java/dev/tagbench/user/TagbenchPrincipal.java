package dev.tagbench.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it, carrying the {@link AppUser} so no lookup repeats.
 *
 * @param passwordHash the account's password hash as it was at sign-in; none for an account that has no password
 */
record TagbenchPrincipal(AppUser user, @Nullable String passwordHash, boolean enabled, boolean locked)
        implements UserDetails {

    /** The account behind a sign-in of any kind: password, API token or the identity provider. */
    static Optional<TagbenchPrincipal> of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case TagbenchPrincipal account -> Optional.of(account);
            case SsoPrincipal sso -> Optional.of(sso.account());
            case null, default -> Optional.empty();
        };
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.admin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Locked for a while after repeated wrong passwords ({@link LoginThrottle}). */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
