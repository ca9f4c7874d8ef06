package dev.tagbench.user;

import dev.tagbench.base.DatabaseUnavailable;
import dev.tagbench.base.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 answers of the REST API as problem details, as the API contract requires; 503 when
 * the credentials could not be checked because the database is out of reach, since a 401 would
 * tell a client with good credentials that they are wrong.
 */
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseUnavailable.isCause(e)) {
            databaseUnavailable(response);
            return;
        }
        // A Bearer challenge, never Basic: a Basic challenge makes browsers ask for a password and then send
        // it along on every request to the API, cross-site ones included (a CSRF hole in a stateless API).
        // Basic credentials sent up front still work.
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Tagbench\"");
        ProblemResponse.write(
                response, 401, "Unauthorized", "Sign in with an API token (Authorization: Bearer …) or HTTP Basic.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponse.write(response, 403, "Forbidden", "You do not have permission for this action.");
    }

    void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        ProblemResponse.write(response, 503, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL);
    }
}
