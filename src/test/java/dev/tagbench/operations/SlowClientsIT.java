package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.SlowClients;
import dev.tagbench.support.TagbenchIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients cannot starve the server: while 300 connections each send a sign-in body one byte
 * at a time (more than Tomcat's 200 worker threads could hold), the health probe still answers.
 * How fast is the benchmark's business (SlowClientsBenchmark); this only asks that it answers, with
 * a bound generous enough for a busy machine.
 */
@TagbenchIntegrationTest
class SlowClientsIT {

    @LocalServerPort
    int port;

    @Test
    void health_answers_while_three_hundred_slow_clients_hold_connections() throws Exception {
        try (var slow = SlowClients.open(port, 300, "/login", 100_000, Duration.ofSeconds(2))) {
            // Each slow request reaches the server and waits there for the rest of its body.
            Thread.sleep(4_000);

            var health = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(90))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            assertThat(slow.held())
                    .as("slow clients the server still holds while it answers")
                    .isGreaterThanOrEqualTo(250);
        }
    }
}
