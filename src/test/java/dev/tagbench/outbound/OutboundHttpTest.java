package dev.tagbench.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guarded client against real servers on loopback: what it sends, and what it refuses to do. */
class OutboundHttpTest {

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    /** Lets hanging handlers go once a test is over, so stopping their server does not wait for them. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopServers() {
        release.countDown();
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void posts_the_body_and_headers_and_reads_the_answer() throws Exception {
        var port = serve(exchange -> {
            received.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("X-Test") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 202, "accepted");
        });
        try (var http = client("127.0.0.1", Duration.ofSeconds(5), 1024)) {
            var answer = http.postJson(
                    uri("127.0.0.1", port), Map.of("X-Test", "yes"), "{\"a\":1}".getBytes(), Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(202);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("accepted");
            assertThat(answer.truncated()).isFalse();
        }
        assertThat(received).containsExactly("POST yes {\"a\":1}");
    }

    @Test
    void a_loopback_server_is_refused_when_connecting_unless_its_host_is_allow_listed() throws Exception {
        var port = serve(exchange -> {
            received.add("reached");
            answer(exchange, 200, "");
        });
        // The URL passed a check while its host was allowed; the client checks again when it connects.
        OutboundPolicy.of("test.allowed-hosts", "127.0.0.1")
                .check(uri("127.0.0.1", port).toString());
        for (var host : List.of("127.0.0.1", "localhost", "localhost.", "[::1]", "[::ffff:127.0.0.1]")) {
            try (var http = client("", Duration.ofSeconds(5), 1024)) {
                assertThatThrownBy(() -> http.postJson(uri(host, port), Map.of(), new byte[0], Duration.ofSeconds(5)))
                        .as(host)
                        .isInstanceOf(RefusedAddressException.class)
                        .hasMessageContaining("test.allowed-hosts");
            }
        }
        // java.net.URI finds no host in 127.1 (nor in 2130706433 with a port): refused before resolving.
        try (var http = client("", Duration.ofSeconds(5), 1024)) {
            assertThatThrownBy(() -> http.postJson(uri("127.1", port), Map.of(), new byte[0], Duration.ofSeconds(5)))
                    .isInstanceOf(RefusedUrlException.class);
        }
        // Allowing one spelling allows only that one: the name, not the address behind it.
        try (var http = client("localhost", Duration.ofSeconds(5), 1024)) {
            assertThatThrownBy(
                            () -> http.postJson(uri("127.0.0.1", port), Map.of(), new byte[0], Duration.ofSeconds(5)))
                    .isInstanceOf(RefusedAddressException.class);
        }
        assertThat(received).isEmpty();
    }

    @Test
    void a_redirect_is_an_answer_never_followed_even_to_an_allowed_host() throws Exception {
        var target = serve(exchange -> {
            received.add("followed");
            answer(exchange, 200, "");
        });
        var redirecting = serve(exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + target + "/internal");
            answer(exchange, 307, "");
        });
        try (var http = client("127.0.0.1,localhost", Duration.ofSeconds(5), 1024)) {
            var answer = http.postJson(uri("127.0.0.1", redirecting), Map.of(), new byte[0], Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(307);
        }
        assertThat(received).isEmpty();
    }

    @Test
    void a_redirect_to_a_refused_host_goes_nowhere() throws Exception {
        var redirecting = serve(exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 302, "");
        });
        try (var http = client("127.0.0.1", Duration.ofSeconds(5), 1024)) {
            var answer = http.postJson(uri("127.0.0.1", redirecting), Map.of(), new byte[0], Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(302);
        }
    }

    @Test
    void a_server_that_never_answers_is_cut_off_at_the_time_limit() throws Exception {
        var port = serve(exchange -> {
            await(release);
            answer(exchange, 200, "");
        });
        try (var http = client("127.0.0.1", Duration.ofSeconds(5), 1024)) {
            assertThatThrownBy(
                            () -> http.postJson(uri("127.0.0.1", port), Map.of(), new byte[0], Duration.ofMillis(500)))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("500 ms");
        }
    }

    @Test
    void a_server_that_trickles_its_answer_is_cut_off_at_the_time_limit_too() throws Exception {
        var port = serve(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                for (var i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    sleep(Duration.ofMillis(100));
                }
            }
        });
        try (var http = client("127.0.0.1", Duration.ofSeconds(5), 1024)) {
            assertThatThrownBy(
                            () -> http.postJson(uri("127.0.0.1", port), Map.of(), new byte[0], Duration.ofMillis(800)))
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void only_the_first_bytes_of_a_large_answer_are_read() throws Exception {
        var port = serve(exchange -> answer(exchange, 200, "y".repeat(1_000_000)));
        try (var http = client("127.0.0.1", Duration.ofSeconds(5), 100)) {
            var answer = http.postJson(uri("127.0.0.1", port), Map.of(), new byte[0], Duration.ofSeconds(5));
            assertThat(answer.truncated()).isTrue();
            assertThat(answer.body()).hasSize(100);
        }
    }

    private OutboundHttp client(String allowed, Duration connect, int maxAnswer) {
        return new OutboundHttp(OutboundPolicy.of("test.allowed-hosts", allowed), connect, maxAnswer, 4);
    }

    private static URI uri(String host, int port) {
        return URI.create("http://" + host + ":" + port + "/hook");
    }

    private int serve(HttpHandler handler) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.setExecutor(null);
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
