package dev.tagbench.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem details answer (RFC 9457) straight to a servlet response, for code that runs
 * outside Spring MVC: security filters, error dispatches, body limits. Controllers throw instead and
 * {@link ApiExceptionHandler} answers.
 */
public final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {}

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /**
     * A refusal of a request whose body is left unread: the connection is closed after the answer,
     * which spares the server reading (swallowing) the rest of a body it will not use.
     */
    public static void refuseUnread(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setHeader("Connection", "close");
        write(response, status, title, detail);
    }
}
