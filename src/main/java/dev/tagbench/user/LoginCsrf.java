package dev.tagbench.user;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring's CSRF token on the sign-in form. Vaadin's own configuration exempts the login URL from it,
 * so a form on any other site could sign a victim's browser in to the attacker's account (login
 * CSRF). Vaadin's login page carries the token in {@code <meta name="_csrf">} and its login form
 * posts it, so nothing else is needed for the real form. Vaadin's internal requests keep their own
 * CSRF protection (a token in every UIDL request), as Vaadin's configuration would set up.
 */
final class LoginCsrf {

    /** Where a sign-in with a missing or stale token goes: a fresh form, which says why. */
    static final String EXPIRED_FORM = "/login?expired";

    private LoginCsrf() {}

    static void require(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        var signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A sign-in page left open until its session ended has a stale token: a fresh form, not a 403 page.
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        response.sendRedirect(request.getContextPath() + EXPIRED_FORM);
                    } else {
                        response.sendError(403);
                    }
                },
                signIn));
    }
}
