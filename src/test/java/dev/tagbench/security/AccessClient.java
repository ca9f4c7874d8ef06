package dev.tagbench.security;

import dev.tagbench.security.EndpointTable.Body;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/** Sends one request as a caller: with a personal API token, or with no credentials at all. */
final class AccessClient {

    /** What came back; the body as text. */
    record Response(int status, String contentType, String body) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    AccessClient(int port) {
        this.base = "http://localhost:" + port;
    }

    Response send(String method, String path, @Nullable String token, @Nullable Body body) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body.bytes()));
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
