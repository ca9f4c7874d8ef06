package dev.tagbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.tagbench.security.EndpointTable.Endpoint;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Paths and methods the API does not have, driven by {@link EndpointTable}: for every path of the
 * API, a method it does not support is a 405 problem naming the methods it does (Allow), and a path
 * beside or below it is a 404 problem, never the UI's HTML page. Anonymous callers learn neither:
 * they get 401 first.
 */
@TagbenchIntegrationTest
class ApiRoutingIT {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService tokens;

    String admin;

    @BeforeEach
    void signIn() {
        admin = tokens.create(data.admin(), "routing").token();
    }

    @TestFactory
    Stream<DynamicTest> a_method_a_path_does_not_support_is_405_with_the_methods_it_does() {
        return apiPaths().entrySet().stream().flatMap(path -> {
            var unsupported = METHODS.stream()
                    .filter(method -> !path.getValue().contains(method))
                    .toList();
            return unsupported.stream()
                    .map(method -> dynamicTest(method + " " + path.getKey(), () -> {
                        var response = send(method, expand(path.getKey()), admin);
                        assertProblem(response, 405);
                        var allow = Arrays.stream(response.headers()
                                        .firstValue("Allow")
                                        .orElse("")
                                        .split(","))
                                .map(String::strip)
                                .filter(value -> !value.isEmpty())
                                .collect(Collectors.toCollection(TreeSet::new));
                        assertThat(allow)
                                .as("Allow of %s %s", method, path.getKey())
                                .isEqualTo(path.getValue());
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> a_path_beside_or_below_an_endpoint_is_404_problem_details() {
        var templates = apiPaths().keySet().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        return apiPaths().keySet().stream()
                .flatMap(template -> {
                    var expanded = expand(template);
                    return Stream.of(expanded + "/no-such-endpoint", expanded + "-nope");
                })
                // Only paths no endpoint has: /api/v1/projects/no-such-endpoint would be a project id.
                .filter(path -> templates.stream().noneMatch(t -> t.matches(PathContainer.parsePath(path))))
                .distinct()
                .flatMap(path -> METHODS.stream()
                        .map(method -> dynamicTest(method + " " + path, () -> {
                            var response = send(method, path, admin);
                            assertProblem(response, 404);
                            assertThat(response.body()).doesNotContainIgnoringCase("<html");
                        })));
    }

    @Test
    void anonymous_callers_get_401_before_404_or_405() {
        assertProblem(send("GET", "/api/v1/nope", null), 401);
        assertProblem(send("GET", "/api/v1/projects/1/nothing", null), 401);
        assertProblem(send("DELETE", "/api/v1/users/someone", null), 401);
        assertProblem(send("POST", "/api/v1/projects/1", null), 401);
    }

    @Test
    void the_ui_still_answers_outside_the_api() {
        var login = send("GET", "/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    /** The API's path templates with the methods the table lists for each. */
    private static Map<String, Set<String>> apiPaths() {
        var paths = new LinkedHashMap<String, Set<String>>();
        EndpointTable.ROWS.stream()
                .map(Endpoint::toString)
                .filter(row -> row.contains(" /api/v1/"))
                .forEach(row -> {
                    var parts = row.split(" ");
                    paths.computeIfAbsent(parts[1], path -> new TreeSet<>()).add(parts[0]);
                });
        assertThat(paths).as("API paths in EndpointTable").hasSizeGreaterThan(20);
        return paths;
    }

    /** Any values do: routing decides before a controller looks at an id. */
    private static String expand(String template) {
        return template.replaceAll("\\{[^}/]*[iI]d}", "1").replaceAll("\\{[^}/]+}", "someone");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as("%s: %s", response.uri(), response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("content type of %s", response.uri())
                .startsWith("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    private HttpResponse<String> send(String method, String path, @Nullable String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
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
