package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.Letters;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies of the API are small (tagbench.api.max-json-body, 1 MB): a larger declared length is
 * refused with 413 before the body is read, a chunked body is cut off at the limit, and multipart
 * imports keep their own, larger limits.
 */
@TagbenchIntegrationTest
class RequestBodyLimitIT {

    private static final int LIMIT = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService tokens;

    AppUser user;

    @BeforeEach
    void setUp() {
        user = data.user("bodies");
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_the_body_is_sent() throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(30_000);
            // 60 MB declared, not a byte of it sent: the answer can only come from the declared length.
            socket.getOutputStream()
                    .write(("POST /api/v1/tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 62914560\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = readResponse(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            var problem = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("detail").asString()).contains("1024 KB");
        }
        assertThat(tokens.list(user)).isEmpty();
    }

    @Test
    void a_chunked_body_is_cut_off_at_the_limit() {
        var head = "{\"name\": \"".getBytes(StandardCharsets.UTF_8);
        var body = BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(new ByteArrayInputStream(head), new Letters(2L * LIMIT)));

        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tokens.list(user)).isEmpty();
    }

    @Test
    void a_body_under_the_limit_is_read() {
        var padding = "x".repeat(LIMIT - 1000);
        var response = new ApiClient(port, user.username(), TestData.PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"padded\", \"padding\": \"" + padding + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void multipart_imports_keep_their_own_larger_limits() {
        var project = data.project();
        var admin = new ApiClient(port, "admin", "admin-password");
        var response = admin.upload(
                "/api/v1/projects/" + project.id() + "/articles", Map.of("large.bin", new byte[2 * LIMIT]));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("errors").get(0).get("file").asString()).isEqualTo("large.bin");
    }

    /**
     * One response, read up to its Content-Length: the server answers at once but may keep the
     * connection open a while, reading what the client still sends before it closes it.
     */
    private static String readResponse(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            var b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        var length = head.toString()
                .lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line ->
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).strip()))
                .findFirst()
                .orElseThrow();
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
