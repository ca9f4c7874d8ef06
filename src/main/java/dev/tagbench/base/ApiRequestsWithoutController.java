package dev.tagbench.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of {@code /api} requests that reach no Tagbench controller (an unknown path, a method the
 * path does not support, a multipart body that cannot be parsed) are answered by
 * {@link ApiExceptionHandler} like any other, as problem details. Spring applies that advice only
 * to handlers in Tagbench's packages, and these requests have none (or a static-resource handler),
 * so they are resolved as if this class had handled them. Without this, Spring would answer with
 * {@code sendError}, rendered by {@code /error} outside the API.
 */
@Component
class ApiRequestsWithoutController implements HandlerExceptionResolver, Ordered {

    private final HandlerExceptionResolver mvc;
    private final HandlerMethod standIn;

    ApiRequestsWithoutController(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver mvc)
            throws NoSuchMethodException {
        this.mvc = mvc;
        this.standIn = new HandlerMethod(this, ApiRequestsWithoutController.class.getDeclaredMethod("noController"));
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        if (handler instanceof HandlerMethod || !isApi(request)) {
            return null;
        }
        return mvc.resolveException(request, response, standIn, e);
    }

    /** Whether the request is for the REST API, whatever the context path. */
    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public int getOrder() {
        // Before Spring's own resolvers, which would answer with an empty error page.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Never called: it only gives the failures a handler in Tagbench's packages. */
    @SuppressWarnings("unused")
    private void noController() {}
}
