package dev.tagbench.base;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an {@code /api/v1} call into RFC 9457 problem details: Tagbench's own
 * exceptions, Spring MVC's (malformed JSON, wrong parameter types; inherited), and anything
 * unexpected as a neutral 500. Stack traces and SQL never leave the server.
 */
@RestControllerAdvice(basePackages = "dev.tagbench")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final String uploadLimits;

    ApiExceptionHandler(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.uploadLimits = "at most " + maxFileSize.toMegabytes() + " MB per file and " + maxRequestSize.toMegabytes()
                + " MB per request";
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("about:blank"));
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        var errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), errors);
    }

    /**
     * An upload the servlet container refused while parsing it: too large (413) or unreadable (400).
     * One log line, no stack trace: the request was at fault, not the server.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> upload(MultipartException e) {
        var failure = UploadFailure.of(e, uploadLimits);
        log.info("Upload refused with {}: {}", failure.status().value(), failure.detail());
        return problem(failure.status(), failure.detail(), List.of());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return untyped(upload(e));
    }

    /** A body that went past the API's limit while it was read (one sent without its length). */
    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), List.of());
    }

    /** A body that is not JSON, or JSON that breaks the API's strict reading: 400 naming the field. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = Causes.find(e, RequestBodyTooLargeException.class);
        return untyped(tooLarge != null ? tooLarge(tooLarge) : invalidInput(UnreadableInput.of(e)));
    }

    /** A query or path parameter of the wrong type, such as {@code limit=1.5}: 400 naming it. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        return untyped(invalidInput(UnreadableInput.parameter(name == null ? "parameter" : name, e.getRequiredType())));
    }

    /** The overridden handlers of Spring's base class answer with an untyped body. */
    private static ResponseEntity<Object> untyped(ResponseEntity<ProblemDetail> answer) {
        return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
    }

    /** A path under {@code /api} that names no endpoint: 404, never the UI's page. */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        e.getBody()
                .setDetail("There is no " + e.getHttpMethod() + " " + path(request)
                        + " in the API; /v3/api-docs lists its endpoints.");
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    /** A path that exists, with a method it does not support: 405 and the methods it does (Allow). */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var allowed = e.getSupportedHttpMethods() == null
                ? "no method"
                : e.getSupportedHttpMethods().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
        e.getBody()
                .setDetail(e.getMethod() + " is not supported on " + path(request) + "; it supports " + allowed + ".");
        return super.handleHttpRequestMethodNotSupported(e, headers, status, request);
    }

    /**
     * Anything unexpected: a 500 with a neutral message, the details in the log only. A database
     * out of reach is no bug but an outage: 503 with a hint to retry. It is recognised by cause,
     * since Spring wraps it differently depending on where the request lost the connection.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.isCause(e)) {
            // One line, not a stack trace per request: during an outage every request fails alike.
            log.warn("Database unavailable: {}", e.getMessage());
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
            problem.setType(URI.create("about:blank"));
            problem.setTitle(DatabaseUnavailable.TITLE);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        log.error("Unexpected error in an API call", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; the request may not have been carried out. It has been logged.",
                List.of());
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<?> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
