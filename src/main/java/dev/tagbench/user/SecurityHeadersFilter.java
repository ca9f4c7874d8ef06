package dev.tagbench.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, including the pages Vaadin serves outside Spring Security's
 * filter chain (the login view and static resources). Everything is locked to this origin and no
 * page may be framed.
 *
 * <p>Scripts: only files from this origin run, no inline script and no eval. Vaadin's page is the
 * one exception, and its policy is set per page by {@link VaadinPageNonce}: its few inline bootstrap
 * scripts run by a nonce, never by {@code 'unsafe-inline'}, and it allows {@code 'unsafe-eval'},
 * because Vaadin Flow's client turns the JavaScript the server sends (event data expressions and
 * filters such as the workbench's key filter, and {@code executeJs}, which Vaadin's own components
 * use too) into functions; Vaadin offers no way around that without custom frontend code, which
 * Tagbench's prebuilt bundle rules out. Styles keep {@code 'unsafe-inline'}: Vaadin's components set
 * inline styles at run time (checked in Chromium: over a hundred violations per page without it),
 * and styles cannot run script. No WebSocket: Tagbench does not use server push.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /** Every response but Vaadin's page: no inline script and no eval anywhere. */
    static final String CONTENT_SECURITY_POLICY = policy("'self'");

    /** The policy with these sources of script. */
    static String policy(String scriptSources) {
        return "default-src 'self'; script-src " + scriptSources + "; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
                + "object-src 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            // Over TLS (directly or through a proxy that says so), browsers must never fall back to HTTP.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
