package dev.tagbench.user;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The user behind the current request or UI session. It reads the security context through this
 * application's strategy bean (Vaadin's), as the security filters write it, not through the
 * JVM-wide holder, which belongs to whichever application in the JVM set it last.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.securityContext = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AppUser> find() {
        return TagbenchPrincipal.of(securityContext.getContext().getAuthentication())
                .map(TagbenchPrincipal::user);
    }

    /** The signed-in user; security configuration guarantees there is one wherever this is called. */
    public AppUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
