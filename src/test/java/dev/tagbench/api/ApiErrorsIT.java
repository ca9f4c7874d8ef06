package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.Letters;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that arise before any controller runs (the container parsing an upload, the firewall
 * refusing a path) are problem details with their own status, never an empty 403, and each costs one
 * log line rather than a stack trace.
 */
@TagbenchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "tagbench-errors-boundary";
    private static final long MULTIPART_FILE_LIMIT = 100L * 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    String articles;

    @BeforeEach
    void setUp() {
        articles = "/api/v1/projects/" + data.project().id() + "/articles";
    }

    @Test
    void an_upload_over_the_multipart_limit_is_413_with_one_log_line(CapturedOutput output) {
        var before = output.getOut().length();
        var size = MULTIPART_FILE_LIMIT + 1024 * 1024;
        var body = BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                List.of(head("big.txt"), new Letters(size), new ByteArrayInputStream(tail())))));

        var response = post(articles, body);

        var problem = problem(response, 413);
        assertThat(problem.get("detail").asString()).contains("100 MB per file");
        assertOneLogLine(output.getOut().substring(before), "Upload refused with 413");
    }

    @Test
    void a_nul_byte_in_a_file_name_is_400_with_one_log_line(CapturedOutput output) {
        var before = output.getOut().length();

        var response = post(articles, multipart("evil\0name.txt"));

        var problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).contains("file name");
        assertOneLogLine(output.getOut().substring(before), "Upload refused with 400");
    }

    @Test
    void a_600_character_file_name_is_400_with_one_log_line(CapturedOutput output) {
        var before = output.getOut().length();

        var response = post(articles, multipart("n".repeat(596) + ".txt"));

        var problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).contains("shorten the file name");
        assertOneLogLine(output.getOut().substring(before), "Upload refused with 400");
    }

    @Test
    void a_path_the_firewall_refuses_is_a_400_problem_not_a_403() {
        var response = send(HttpRequest.newBuilder(uri("/api/v1/projects/%2e%2e/users"))
                .header("Authorization", admin())
                .GET());

        problem(response, 400);
    }

    private void assertOneLogLine(String log, String expected) {
        assertThat(log.lines().filter(line -> line.contains(expected)))
                .as("log lines with '%s' in:%n%s", expected, log)
                .hasSize(1);
        assertThat(log).as("no stack trace in the log").doesNotContain("\tat ", "Exception:");
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static BodyPublisher multipart(String fileName) {
        var content = "Officials pledged aid on Monday.".getBytes(StandardCharsets.UTF_8);
        return BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                List.of(head(fileName), new ByteArrayInputStream(content), new ByteArrayInputStream(tail())))));
    }

    /** The part's headers as bytes: a file name may hold anything, a NUL byte included. */
    private static InputStream head(String fileName) {
        return new ByteArrayInputStream(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                                + "\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] tail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", admin())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(body));
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin-password".getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
