package dev.tagbench.user;

import dev.tagbench.base.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API requests in by personal token ({@code Authorization: Bearer tbk_…}); a bad token is a
 * 401, a token that cannot be checked because the database is out of reach a 503. One query finds
 * the token's user, so no password check or login-throttle lookup runs per request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final ProblemSecurityResponses entryPoint;
    private final SecurityContextHolderStrategy securityContext;
    // Streamed answers (exports) finish in an async dispatch that this filter skips; the stateless
    // chain finds the user there only in this request attribute, as it does for HTTP Basic.
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

    BearerTokenFilter(
            ApiTokenService tokens,
            ProblemSecurityResponses entryPoint,
            SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AppUser> user;
        try {
            // One query: the token's enabled owner (tokens of disabled accounts find nobody).
            user = tokens.authenticate(header.substring(7).strip());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            entryPoint.databaseUnavailable(response);
            return;
        }
        if (user.isEmpty()) {
            securityContext.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
            return;
        }
        // No password behind a token sign-in; the login throttle guards passwords only.
        var principal = new TagbenchPrincipal(user.get(), "", true, false);
        var context = securityContext.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        securityContext.setContext(context);
        contexts.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            securityContext.clearContext();
        }
    }
}
