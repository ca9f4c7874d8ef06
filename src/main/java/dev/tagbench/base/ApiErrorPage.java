package dev.tagbench.base;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * The error page of API requests. An error the servlet container renders through its error page
 * ({@code /error}: a request the firewall refuses, a status a filter sets, an exception no handler
 * caught) would otherwise pass the UI's security chain there, which refuses the stateless API
 * request with an empty 403 whatever went wrong. For requests under {@code /api} this filter answers
 * the error dispatch itself, before any security chain, as problem details with the original status.
 * Nothing of the request is revealed: the detail is fixed per status.
 */
class ApiErrorPage extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.ERROR
                || !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)
                || !uri.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        var known = HttpStatus.resolve(status);
        ProblemResponse.write(
                response, status, known == null ? "Error " + status : known.getReasonPhrase(), detail(status));
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed, so it was not carried out.";
            case 401 -> "Sign in with an API token (Authorization: Bearer …) or HTTP Basic.";
            case 403 -> "You do not have permission for this action.";
            case 404 -> "There is no such endpoint in the API; /v3/api-docs lists them.";
            case 405 -> "This path does not support the request's method.";
            case 413 -> "The request body is larger than the server accepts.";
            case 503 -> "The server cannot answer right now; try again shortly.";
            default ->
                status >= 500
                        ? "Something went wrong on the server; the request may not have been carried out. It has been logged."
                        : "The request was not carried out.";
        };
    }
}
