package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.AnnotatorTeam;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.PackagedApp;
import dev.tagbench.support.SimulatedAnnotator;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Fifty curators, each with their own account and API token, label sentences through the REST API
 * at once for a minute; prints throughput and the latency distribution of the label write as the
 * clients see it. The application runs as the packaged jar in its own JVM on a fresh embedded
 * PostgreSQL, so the clients' work does not share the server's heap or threads (it does share the
 * machine). Build the jar first: {@code ./mvnw package -DskipTests && ./mvnw -Pbench test -Dtest=LoadBenchmark}.
 */
class LoadBenchmark {

    static final int ANNOTATORS = Integer.getInteger("bench.load.annotators", 50);
    static final int SECONDS = Integer.getInteger("bench.load.seconds", 60);
    /**
     * Pause after each write, drawn from 0 to this: by default half a second on average, a curator
     * deciding two sentences a second, faster than anyone reads. 0 makes every curator a client
     * that never waits, which measures capacity: with 50 such clients, latency is 50 / throughput.
     */
    static final int MAX_THINK_MILLIS = Integer.getInteger("bench.load.think-ms", 1000);

    static final int WARMUP_SECONDS = Integer.getInteger("bench.load.warmup-seconds", 15);
    static final int ARTICLES_PER_PAIR = 20;
    static final int SENTENCES_PER_ARTICLE = 40;
    static final String ADMIN_PASSWORD = "load-benchmark-admin";

    private final Path work = Path.of("target", "load-benchmark");
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
    void fifty_curators_label_for_a_minute() throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        var gcLog = work.resolve("gc.log").toAbsolutePath();
        var options = new ArrayList<>(List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog));
        // e.g. -Dbench.load.jvm-options=-XX:StartFlightRecording=filename=target/load.jfr to profile the server
        options.addAll(
                Arrays.stream(System.getProperty("bench.load.jvm-options", "").split(" "))
                        .filter(option -> !option.isBlank())
                        .toList());
        app = PackagedApp.start(work.resolve("data"), work.resolve("app.log"), ADMIN_PASSWORD, options);
        var team = AnnotatorTeam.create(app, ADMIN_PASSWORD, ANNOTATORS, ARTICLES_PER_PAIR, SENTENCES_PER_ARTICLE);

        // The JIT compiles the write path during a warm-up at full speed; its writes are not counted.
        run(team, WARMUP_SECONDS, 0, 1000);
        var metrics = new ApiClient(app.port(), "admin", ADMIN_PASSWORD);
        var timerBefore = labelWriteTimer(metrics);
        var gcLinesBefore = Files.readAllLines(gcLog).size();
        var clientGcBefore = clientGcMillis();
        var before = Usage.now(app);
        var started = System.nanoTime();
        var annotators = run(team, SECONDS, MAX_THINK_MILLIS, 0);
        var seconds = (System.nanoTime() - started) / 1e9;
        var used = Usage.now(app).minus(before);
        var timerAfter = labelWriteTimer(metrics);
        var serverPauses = Files.readAllLines(gcLog).stream()
                .skip(gcLinesBefore)
                .map(GC_PAUSE::matcher)
                .filter(Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(1)))
                .summaryStatistics();
        var clientGc = clientGcMillis() - clientGcBefore;
        var serviceMillis = (timerAfter[1] - timerBefore[1]) * 1000 / (timerAfter[0] - timerBefore[0]);
        var serviceMaxMillis = timerAfter[2] * 1000;

        var all = annotators.stream().flatMap(a -> a.writes().stream()).toList();
        var latencies = all.stream()
                .filter(SimulatedAnnotator.Write::acknowledged)
                .mapToLong(SimulatedAnnotator.Write::latencyNanos)
                .sorted()
                .toArray();
        // Slow writes bunched into a few moments point at a stall (GC, disk, scheduler); spread out, at queueing.
        var slow = all.stream().filter(w -> w.latencyNanos() > 50_000_000).toList();
        var slowSeconds = slow.stream()
                .map(w -> (w.startedNanos() - started) / 1_000_000_000)
                .distinct()
                .count();
        var errors = new TreeMap<String, Long>();
        all.stream()
                .filter(w -> !w.acknowledged())
                .forEach(w -> errors.merge(
                        w.status() == SimulatedAnnotator.NO_ANSWER ? "no answer" : String.valueOf(w.status()),
                        1L,
                        Long::sum));

        System.out.printf(
                """

                === Load benchmark ===
                app              %s (%s)
                curators         %d, each with its own account and token; think time 0-%d ms
                duration         %.1f s (after a %d s warm-up)
                label writes     %,d acknowledged, errors %s
                throughput       %,.0f writes/s
                latency          p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms
                                 (target p99 <= 25 ms: %s); %d writes over 50 ms, started in %d distinct seconds
                in the service   %.1f ms mean, %.0f ms max (AnnotationService.setLabels: transaction and commit)
                CPU (cores)      server JVM %.2f, PostgreSQL %.2f, clients %.2f, other processes %.2f, machine %.2f of %d
                CPU per write    server JVM %.2f ms, PostgreSQL %.2f ms
                GC pauses        server JVM %d, longest %.0f ms, %.0f ms in all; clients %d ms in all
                load average     %s
                ======================

                """,
                PackagedApp.jar().getFileName(),
                Files.getLastModifiedTime(PackagedApp.jar()),
                ANNOTATORS,
                MAX_THINK_MILLIS,
                seconds,
                WARMUP_SECONDS,
                latencies.length,
                errors.isEmpty() ? "none" : errors,
                latencies.length / seconds,
                millis(latencies, 0.50),
                millis(latencies, 0.95),
                millis(latencies, 0.99),
                millis(latencies, 0.999),
                millis(latencies, 1.0),
                millis(latencies, 0.99) <= 25 ? "met" : "missed",
                slow.size(),
                slowSeconds,
                serviceMillis,
                serviceMaxMillis,
                used.server() / seconds,
                used.postgres() / seconds,
                used.clients() / seconds,
                (used.machine() - used.server() - used.postgres() - used.clients()) / seconds,
                used.machine() / seconds,
                Runtime.getRuntime().availableProcessors(),
                used.server() * 1000 / all.size(),
                used.postgres() * 1000 / all.size(),
                serverPauses.getCount(),
                serverPauses.getCount() == 0 ? 0 : serverPauses.getMax(),
                serverPauses.getSum(),
                clientGc,
                Files.readString(Path.of("/proc/loadavg")).strip());
        assertThat(latencies).isNotEmpty();
        assertThat(errors).isEmpty();
    }

    private List<SimulatedAnnotator> run(AnnotatorTeam team, int seconds, int maxThinkMillis, int seedOffset)
            throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var annotators = new ArrayList<SimulatedAnnotator>();
        var http = SimulatedAnnotator.httpClient();
        for (var i = 0; i < team.members().size(); i++) {
            annotators.add(new SimulatedAnnotator(
                    team.members().get(i), http, app.baseUrl(), deadline, maxThinkMillis, false, seedOffset + i));
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            annotators.forEach(executor::submit);
        }
        return annotators;
    }

    private static final Pattern GC_PAUSE = Pattern.compile("Pause.* ([\\d.]+)ms$");

    private static long clientGcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** Count, total and recent maximum seconds of the server's label write timer, from its Prometheus endpoint. */
    private static double[] labelWriteTimer(ApiClient admin) {
        var values = new double[3];
        admin.get("/actuator/prometheus").body().lines().forEach(line -> {
            if (line.startsWith("tagbench_label_writes_seconds_count")) {
                values[0] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("tagbench_label_writes_seconds_sum")) {
                values[1] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("tagbench_label_writes_seconds_max")) {
                values[2] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        });
        return values;
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        var index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** CPU seconds used so far by the server JVM, its PostgreSQL, this JVM and the whole machine. */
    record Usage(double server, double postgres, double clients, double machine) {

        static Usage now(PackagedApp app) throws IOException {
            var postgres = app.postgres()
                    .map(p -> cpu(p) + p.descendants().mapToDouble(Usage::cpu).sum())
                    .orElse(0.0);
            return new Usage(cpu(app.jvm()), postgres, cpu(ProcessHandle.current()), machineBusySeconds());
        }

        Usage minus(Usage other) {
            return new Usage(
                    server - other.server, postgres - other.postgres, clients - other.clients, machine - other.machine);
        }

        private static double cpu(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }

        /** Busy time of all cores from /proc/stat (user, nice, system, irq, softirq, steal), in seconds. */
        private static double machineBusySeconds() throws IOException {
            var fields =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            var ticks = Arrays.stream(fields, 1, fields.length)
                    .mapToLong(Long::parseLong)
                    .toArray();
            var busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
            return busy / 100.0;
        }
    }
}
