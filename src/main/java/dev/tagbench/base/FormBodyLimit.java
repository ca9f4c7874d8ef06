package dev.tagbench.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form posts (the sign-in page's) larger than Tomcat parses ({@code server.tomcat.max-http-form-post-size})
 * are refused with 413 from their declared length, before anything reads them. Vaadin and Spring
 * Security read request parameters on every request, and Tomcat answers an oversized form with an
 * exception, which cost a stack trace per request in the log: thousands of such requests kept two
 * cores busy logging. A form that proves unreadable while it is parsed (too long without a declared
 * length, malformed) is answered the same way, with one log line.
 */
class FormBodyLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FormBodyLimit.class);

    private final long max;

    FormBodyLimit(long max) {
        this.max = max;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            ProblemResponse.refuseUnread(
                    response, 413, "Content Too Large", "The form is larger than the server accepts.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            var unreadable = Causes.find(e, InvalidParameterException.class);
            if (unreadable == null || response.isCommitted()) {
                throw e;
            }
            log.info("Form refused: {}", unreadable.getMessage());
            response.reset();
            ProblemResponse.refuseUnread(response, 400, "Bad Request", "The form cannot be read.");
        }
    }
}
