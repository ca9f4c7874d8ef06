package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health probes for anyone (load balancers), Prometheus metrics for administrators only. */
@TagbenchIntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AnnotationService annotations;

    @Test
    void health_and_readiness_answer_without_credentials() throws Exception {
        var health = anonymous("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(anonymous("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(anonymous("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void metrics_count_label_writes_and_are_for_administrators_only() throws Exception {
        var project = data.project();
        var curator = data.user("metrics");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var article = data.article(project);
        annotations.setLabels(curator, data.sentenceIds(article).getFirst(), List.of("pledge"), null, ChangeSource.API);

        var metrics = new ApiClient(port, "admin", "admin-password").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "tagbench_label_writes_seconds_count",
                        "tagbench_imports_seconds_count",
                        "tagbench_exports_seconds_count");
        assertThat(new ApiClient(port, curator.username(), TestData.PASSWORD)
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
        assertThat(anonymous("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        var login = anonymous("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options"))
                .hasValueSatisfying(value -> assertThat(value).isIn("DENY", "SAMEORIGIN"));
        var api = new ApiClient(port, "admin", "admin-password");
        assertThat(api.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
