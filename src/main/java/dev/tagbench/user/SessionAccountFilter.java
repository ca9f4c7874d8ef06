package dev.tagbench.user;

import dev.tagbench.base.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a UI session as soon as its account changed in a way that matters for access: disabled,
 * administrator role given or taken, or password changed (a reset after a compromise must lock the
 * intruder out). The session holds the account as it was at sign-in; the API needs no such check
 * because it loads the account on every call.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    /** After a failed check, how long requests skip it: each would wait for a connection in vain. */
    private static final long OUTAGE_PAUSE_NANOS = Duration.ofSeconds(10).toNanos();

    private final DatabaseUserDetailsService accounts;
    private final SecurityContextHolderStrategy securityContext;
    private volatile long skipUntil = System.nanoTime();

    SessionAccountFilter(DatabaseUserDetailsService accounts, SecurityContextHolderStrategy securityContext) {
        this.accounts = accounts;
        this.securityContext = securityContext;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Vaadin's static bundle carries no data.
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var principal = TagbenchPrincipal.of(securityContext.getContext().getAuthentication());
        if (principal.isPresent() && !unchanged(principal.get())) {
            securityContext.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean unchanged(TagbenchPrincipal principal) {
        if (System.nanoTime() - skipUntil < 0) {
            return true;
        }
        try {
            return accounts.stored(principal.user().username())
                    .filter(stored -> stored.user().id() == principal.user().id()
                            && stored.enabled()
                            && stored.user().admin() == principal.user().admin()
                            && Objects.equals(stored.passwordHash(), principal.passwordHash()))
                    .isPresent();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCause(e)) {
                // The page itself will say the database is unavailable; nothing can be read or written
                // meanwhile, so the check can wait until the database is back.
                skipUntil = System.nanoTime() + OUTAGE_PAUSE_NANOS;
                return true;
            }
            throw e;
        }
    }
}
