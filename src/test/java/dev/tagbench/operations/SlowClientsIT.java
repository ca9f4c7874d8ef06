package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.SlowClients;
import dev.tagbench.support.TagbenchIntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients cannot starve the server: while 300 connections each send a sign-in body one byte
 * at a time (more than Tomcat's 200 worker threads could hold), the health probe still answers.
 * How fast is the benchmark's business (SlowClientsBenchmark); this only asks that it answers, with
 * a bound generous enough for a busy machine.
 */
@TagbenchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SlowClientsIT {

    @LocalServerPort
    int port;

    @Test
    void health_answers_while_three_hundred_slow_clients_hold_connections() throws Exception {
        try (var slow = SlowClients.open(port, 300, "/login", 10_000, Duration.ofSeconds(2))) {
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

    /**
     * Tomcat would give a form body an array of its declared length and answer one over its limit
     * with an exception and a stack trace in the log; such a form is refused from its length alone.
     */
    @Test
    void a_form_declaring_more_than_the_limit_is_refused_before_it_is_read(CapturedOutput output) throws Exception {
        var before = output.getOut().length();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST /login HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nu")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat(output.getOut().substring(before)).doesNotContain("InvalidParameterException", "\tat ");
    }
}
