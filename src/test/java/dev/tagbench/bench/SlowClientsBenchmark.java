package dev.tagbench.bench;

import dev.tagbench.support.PackagedApp;
import dev.tagbench.support.SlowClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Slow clients against the packaged jar: N connections POST to {@code /login} declaring a
 * 100,000-byte body and send one byte every few seconds, while the benchmark asks
 * {@code /actuator/health} once a second. For each server configuration it prints how many health
 * requests answered within 5 s, their latency, and how many slow connections the server still
 * held. Each scenario starts the jar afresh with its settings (JVM system properties).
 *
 * <pre>
 * ./mvnw package -DskipTests &amp;&amp; ./mvnw -Pbench test -Dtest=SlowClientsBenchmark
 * ./mvnw -Pbench test -Dtest=SlowClientsBenchmark -Dbench.slow.scenarios=defaults,virtual -Dbench.slow.seconds=20
 * </pre>
 */
class SlowClientsBenchmark {

    static final int SECONDS = Integer.getInteger("bench.slow.seconds", 30);
    static final String ADMIN_PASSWORD = "slow-clients-benchmark-admin";
    /** Tomcat's and Spring Boot's own defaults for what the scenarios vary. */
    static final List<String> DEFAULTS = List.of(
            "-Dspring.threads.virtual.enabled=false",
            "-Dserver.tomcat.connection-timeout=60s",
            "-Dserver.tomcat.max-http-form-post-size=2MB",
            "-Dserver.tomcat.max-connections=8192");

    /** One server configuration against one kind of slow client. */
    record Scenario(String name, int clients, Duration interval, int contentLength, String heap, List<String> options) {

        /** Tomcat's defaults with the given settings changed. */
        static Scenario changed(String name, int clients, int seconds, int contentLength, String... settings) {
            var options = new ArrayList<>(DEFAULTS);
            options.addAll(List.of(settings));
            return new Scenario(name, clients, Duration.ofSeconds(seconds), contentLength, "512m", options);
        }

        /** As shipped: application.properties decides. */
        static Scenario shipped(String name, int clients, int seconds, int contentLength, String heap) {
            return new Scenario(name, clients, Duration.ofSeconds(seconds), contentLength, heap, List.of());
        }
    }

    static final String VIRTUAL = "-Dspring.threads.virtual.enabled=true";

    static final List<Scenario> SCENARIOS = List.of(
            Scenario.changed("defaults", 400, 5, 100_000),
            Scenario.changed("timeout-3s", 400, 5, 100_000, "-Dserver.tomcat.connection-timeout=3s"),
            Scenario.changed("timeout-3s-every-2s", 400, 2, 100_000, "-Dserver.tomcat.connection-timeout=3s"),
            Scenario.changed("form-16kb", 400, 5, 100_000, "-Dserver.tomcat.max-http-form-post-size=16KB"),
            Scenario.changed("form-16kb-10kb-bodies", 400, 5, 10_000, "-Dserver.tomcat.max-http-form-post-size=16KB"),
            Scenario.changed("1000-threads", 400, 5, 100_000, "-Dserver.tomcat.threads.max=1000"),
            Scenario.changed("virtual", 400, 5, 100_000, VIRTUAL),
            Scenario.changed("virtual-2000", 2000, 5, 100_000, VIRTUAL),
            Scenario.changed("virtual-4000", 4000, 5, 100_000, VIRTUAL),
            // As shipped: virtual threads, 20 s connection timeout, forms up to 16 KB, connections by heap.
            Scenario.shipped("shipped-4000", 4000, 5, 100_000, "512m"),
            Scenario.shipped("shipped-1500-10kb-bodies", 1500, 5, 10_000, "512m"),
            Scenario.shipped("shipped-4000-10kb-bodies", 4000, 5, 10_000, "512m"),
            Scenario.shipped("shipped-4000-10kb-bodies-1g", 4000, 5, 10_000, "1g"));

    private final Path work = Path.of("target", "slow-clients-benchmark");
    private PackagedApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        PackagedApp.stopLeftoverPostgres(work.resolve("data"));
        FileSystemUtils.deleteRecursively(work.resolve("data"));
    }

    @Test
    void health_answers_while_slow_clients_hold_connections() throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        var wanted =
                Arrays.asList(System.getProperty("bench.slow.scenarios", "").split(","));
        var results = new ArrayList<String>();
        System.out.printf(
                "%nSlow clients, %s, %d cores, load average before: %s%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadAverage());
        for (var scenario : SCENARIOS) {
            if (wanted.stream().anyMatch(name -> !name.isBlank()) && !wanted.contains(scenario.name())) {
                continue;
            }
            try {
                results.add(run(scenario));
            } catch (Exception e) {
                // A scenario that breaks the server (it ran out of heap, stopped accepting) is a result too.
                results.add(String.format(
                        "%-26s %7d  failed: %s (see %s.log)", scenario.name(), scenario.clients(), e, scenario.name()));
                if (app != null) {
                    app.stop();
                    app = null;
                }
            }
            System.out.println(results.getLast());
        }
        System.out.printf(
                "%nscenario                     heap clients every   body     health ok   p50     p95     max      held   after%n");
        results.forEach(System.out::println);
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private String run(Scenario scenario) throws Exception {
        var options = new ArrayList<>(List.of("-Xmx" + scenario.heap()));
        options.addAll(scenario.options());
        app = PackagedApp.start(work.resolve("data"), work.resolve(scenario.name() + ".log"), ADMIN_PASSWORD, options);
        var latencies = new ArrayList<Long>();
        var failed = 0;
        int held;
        boolean recovered;
        var slow = SlowClients.open(
                app.port(), scenario.clients(), "/login", scenario.contentLength(), scenario.interval());
        try (slow) {
            // Let the slow requests reach the server's threads before the first measurement.
            Thread.sleep(scenario.interval().toMillis() + 2_000);
            var http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            var end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
            while (System.nanoTime() < end) {
                var started = System.nanoTime();
                if (health(http)) {
                    latencies.add((System.nanoTime() - started) / 1_000_000);
                } else {
                    failed++;
                }
                Thread.sleep(Math.max(0, 1_000 - (System.nanoTime() - started) / 1_000_000));
            }
            held = slow.held();
        }
        try {
            recovered = recovers();
        } finally {
            app.stop();
            app = null;
        }
        latencies.sort(null);
        return String.format(
                "%-28s %4s %6d  %3ds  %6d B  %3d/%-3d   %-7s %-7s %-7s %5d   %s",
                scenario.name(),
                scenario.heap(),
                scenario.clients(),
                scenario.interval().toSeconds(),
                scenario.contentLength(),
                latencies.size(),
                latencies.size() + failed,
                millis(latencies, 0.5),
                millis(latencies, 0.95),
                millis(latencies, 1.0),
                held,
                recovered ? "yes" : "no");
    }

    /** Whether health answers within 30 s once the slow clients are gone. */
    private boolean recovers() throws InterruptedException {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (health(http)) {
                return true;
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    /** One health request: answered 200 within 5 s, or not. */
    private boolean health(HttpClient http) throws InterruptedException {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException timedOutOrRefused) {
            return false;
        }
    }

    private static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) + " ms";
    }

    private static String loadAverage() throws IOException {
        var path = Path.of("/proc/loadavg");
        return Files.exists(path)
                ? String.join(" ", Arrays.copyOf(Files.readString(path).split(" "), 3))
                : "n/a";
    }
}
