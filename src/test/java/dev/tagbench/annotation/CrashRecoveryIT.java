package dev.tagbench.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.AnnotatorTeam;
import dev.tagbench.support.PackagedApp;
import dev.tagbench.support.SimulatedAnnotator;
import dev.tagbench.support.SimulatedAnnotator.Write;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * "Once a label write returns, the change is durable", tested the hard way: twenty curators label
 * through the API of the packaged application while it is killed with SIGKILL, twice. First only
 * the application's JVM dies, leaving its embedded PostgreSQL running (the restart has to stop that
 * server); then the JVM and the whole PostgreSQL server die together (the restart has to recover from
 * the write-ahead log). After each restart, every acknowledged write must be in the database and
 * nothing else: for each curator and sentence the stored labels and the history are exactly what the
 * curator's acknowledged writes produce, plus any of the writes that were in flight at the kill.
 */
class CrashRecoveryIT {

    private static final Path WORK = Path.of("target", "crash-recovery-it");
    private static final Path DATA = WORK.resolve("data");
    private static final String ADMIN_PASSWORD = "crash-test-admin";
    private static final int CURATORS = 20;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(3);

    private static PackagedApp app;

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) {
            app.stop();
        }
        // Never leave a server behind, whatever failed above.
        PackagedApp.stopLeftoverPostgres(DATA);
        FileSystemUtils.deleteRecursively(DATA);
    }

    @Test
    void every_acknowledged_label_write_survives_a_kill_and_nothing_else_appears() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        app = start();
        var team = AnnotatorTeam.create(app, ADMIN_PASSWORD, CURATORS, 2, 20);
        var logs = new HashMap<String, List<Write>>();

        // Round 1: SIGKILL of the JVM alone; its PostgreSQL server lives on and holds the data.
        var inFlight = loadAndThen(team, logs, () -> app.kill());
        var orphan = app.postgres();
        assertThat(orphan).as("the embedded PostgreSQL outlives its killed JVM").isPresent();
        app = start();
        assertThat(orphan.get().isAlive())
                .as("the restart stopped the server left behind")
                .isFalse();
        report("JVM killed", logs, inFlight, verify(team, logs));

        // Round 2: the JVM and every PostgreSQL process die at once, as in a container or cgroup kill.
        inFlight = loadAndThen(team, logs, () -> {
            var postgres = app.postgres().orElseThrow();
            PackagedApp.killPostgres(postgres);
            app.kill();
        });
        app = start();
        report("JVM and PostgreSQL killed", logs, inFlight, verify(team, logs));
    }

    private static PackagedApp start() throws Exception {
        // C1 only: the app starts three times here, and on two cores the optimising compiler's work
        // at start-up costs more than its faster code saves in a few seconds of load.
        return PackagedApp.start(
                DATA, WORK.resolve("app.log"), ADMIN_PASSWORD, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
    }

    interface Kill {
        void run() throws Exception;
    }

    /** Runs every curator until the kill stops them all; returns how many writes got no answer. */
    private static long loadAndThen(AnnotatorTeam team, Map<String, List<Write>> logs, Kill kill) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var annotators = new ArrayList<SimulatedAnnotator>();
        // A new client per round: connections pooled before a kill are dead after it.
        var http = SimulatedAnnotator.httpClient();
        for (var i = 0; i < team.members().size(); i++) {
            annotators.add(new SimulatedAnnotator(
                    team.members().get(i), http, app.baseUrl(), deadline, 0, true, System.nanoTime() + i));
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var running = annotators.stream()
                    .map(a -> CompletableFuture.runAsync(a, executor))
                    .toList();
            Thread.sleep(LOAD_BEFORE_KILL.toMillis());
            assertThat(running)
                    .as("the curators are still labelling when the kill comes")
                    .noneMatch(f -> f.isDone());
            kill.run();
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
        }
        var unanswered = 0L;
        for (var annotator : annotators) {
            logs.computeIfAbsent(annotator.username(), u -> new ArrayList<>()).addAll(annotator.writes());
            var last = annotator.writes().getLast();
            assertThat(last.acknowledged())
                    .as("every curator stops at the kill")
                    .isFalse();
            unanswered +=
                    annotator.writes().stream().filter(w -> !w.acknowledged()).count();
        }
        return unanswered;
    }

    /** Compares the database with the curators' logs; counts what does not match. */
    private static Outcome verify(AnnotatorTeam team, Map<String, List<Write>> logs) throws Exception {
        var stored = new HashMap<Key, Stored>();
        try (var db = app.database();
                var query = db.prepareStatement("""
                select u.username, a.sentence_id, a.labels, a.version,
                       coalesce((select array_agg(coalesce(array_to_string(h.labels_before, ','), '-') || '>'
                                                  || coalesce(array_to_string(h.labels_after, ','), '-') order by h.id)
                                 from annotation_history h
                                 where h.sentence_id = a.sentence_id and h.user_id = a.user_id), '{}')
                from annotation a join app_user u on u.id = a.user_id
                join sentence s on s.id = a.sentence_id join article ar on ar.id = s.article_id
                where ar.project_id = ?""")) {
            query.setLong(1, team.projectId());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(
                            new Key(rows.getString(1), rows.getLong(2)),
                            new Stored(
                                    mask(List.of((String[]) rows.getArray(3).getArray())),
                                    rows.getInt(4),
                                    List.of((String[]) rows.getArray(5).getArray())));
                }
            }
            try (var orphans = db.prepareStatement("""
                    select count(*) from annotation_history h
                    where not exists (select 1 from annotation a where a.sentence_id = h.sentence_id and a.user_id = h.user_id)""");
                    var result = orphans.executeQuery()) {
                result.next();
                assertThat(result.getLong(1))
                        .as("history rows without their annotation (nothing here deletes)")
                        .isZero();
            }
        }

        var written = new HashMap<Key, List<Write>>();
        logs.forEach((user, writes) ->
                writes.forEach(w -> written.computeIfAbsent(new Key(user, w.sentenceId()), k -> new ArrayList<>())
                        .add(w)));
        long acknowledged = 0, lost = 0, phantom = 0, landedInFlight = 0;
        for (var entry : written.entrySet()) {
            var writes = entry.getValue();
            acknowledged += writes.stream().filter(Write::acknowledged).count();
            var actual = stored.remove(entry.getKey());
            var match = explain(writes, actual);
            if (match < 0) {
                // Labels this curator never sent for the sentence are a phantom; anything else is a loss.
                if (actual != null && !sentValues(writes).contains(actual.labels())) {
                    phantom++;
                } else {
                    lost++;
                }
                System.out.println("MISMATCH " + entry.getKey() + " writes " + writes + " stored " + actual);
            } else if (match > 0) {
                landedInFlight++;
            }
        }
        // Rows for sentences a curator never wrote to: phantoms.
        phantom += stored.size();
        stored.forEach((key, value) -> System.out.println("PHANTOM " + key + " " + value));
        return new Outcome(acknowledged, landedInFlight, lost, phantom);
    }

    /**
     * Which choice of the writes with unknown outcome explains the stored state: 0 when the
     * acknowledged writes alone do, a positive bit set of the in-flight writes that landed, or -1
     * when nothing does. A write landing appends a history row and sets the labels and version
     * (a write of the labels already stored changes nothing).
     */
    private static int explain(List<Write> writes, Stored actual) {
        var unknown = (int) writes.stream().filter(w -> !w.acknowledged()).count();
        for (var landed = 0; landed < (1 << unknown); landed++) {
            var expected = expected(writes, landed);
            if (expected.consistent()
                    && (actual == null
                            ? expected.sequence().isEmpty()
                            : actual.history().equals(expected.sequence())
                                    && actual.labels() == expected.last()
                                    && actual.version() == expected.sequence().size())) {
                return landed;
            }
        }
        return -1;
    }

    /** The history the writes produce when exactly the unknown writes in {@code landed} took effect. */
    private static Expected expected(List<Write> writes, int landed) {
        var history = new ArrayList<String>();
        var current = -1;
        var unknownIndex = 0;
        var consistent = true;
        for (var write : writes) {
            if (!write.acknowledged() && (landed & (1 << unknownIndex++)) == 0) {
                continue;
            }
            if (write.labels() != current) {
                history.add((current < 0 ? "-" : String.join(",", SimulatedAnnotator.keys(current))) + ">"
                        + String.join(",", write.labelKeys()));
                current = write.labels();
            }
            // The server's answer must tell the version the write produced.
            consistent &= !write.acknowledged() || write.version() == history.size();
        }
        return new Expected(history, current, consistent);
    }

    private static Set<Integer> sentValues(List<Write> writes) {
        var values = new HashSet<Integer>();
        writes.forEach(w -> values.add(w.labels()));
        return values;
    }

    private static int mask(List<String> labels) {
        var mask = 0;
        for (var label : labels) {
            mask |= 1 << AnnotatorTeam.LABELS.indexOf(label);
        }
        return mask;
    }

    private static void report(String round, Map<String, List<Write>> logs, long inFlight, Outcome outcome) {
        System.out.printf(
                """

                === Crash recovery: %s ===
                writes so far    %,d acknowledged by %d curators, %d in flight at the kill, %d of those landed
                restart          ready %.1f s after the process started
                lost             %d
                phantom          %d
                """,
                round,
                outcome.acknowledged(),
                logs.size(),
                inFlight,
                outcome.landedInFlight(),
                app.startupTime().toMillis() / 1000.0,
                outcome.lost(),
                outcome.phantom());
        assertThat(outcome.lost())
                .as("acknowledged writes missing after the restart")
                .isZero();
        assertThat(outcome.phantom()).as("stored labels no curator sent").isZero();
    }

    record Key(String username, long sentenceId) {}

    record Stored(int labels, int version, List<String> history) {}

    record Expected(List<String> sequence, int last, boolean consistent) {}

    record Outcome(long acknowledged, long landedInFlight, long lost, long phantom) {}
}
