package dev.tagbench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the REST API, signed in as one user with HTTP Basic or an API token. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    public ApiClient(int port, String username, String password) {
        this(
                port,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** Signed in with a personal API token: no password hashing per request. */
    public static ApiClient withToken(int port, String token) {
        return new ApiClient(port, "Bearer " + token);
    }

    /** A response with its status, content type and body parsed as JSON when there is one. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT with extra request headers, such as {@code If-Match}. */
    public Response put(String path, String json, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Posts files as multipart {@code file} parts, in the map's order. */
    public Response upload(String path, Map<String, byte[]> files) {
        var parts = new LinkedMultiValueMap<String, Object>();
        files.forEach((name, content) -> parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        return RestClient.create(base)
                .post()
                .uri(path)
                .header("Authorization", authorization)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> new Response(
                        response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(
                    request.header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
