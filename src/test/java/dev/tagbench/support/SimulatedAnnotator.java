package dev.tagbench.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * One curator tagging through the REST API with their token: picks a
 * sentence of their articles, PUTs random labels, waits a random think time, again, until the
 * deadline. Every write is logged in order with its outcome, so a test knows exactly what was
 * acknowledged and what was in flight.
 */
public final class SimulatedAnnotator implements Runnable {

    /** No HTTP answer (connection refused or reset, timeout): the write may or may not have landed. */
    public static final int NO_ANSWER = -1;

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /**
     * One write: the labels as a bit set over {@link AnnotatorTeam#LABELS}, the HTTP status (or
     * {@link #NO_ANSWER}), the stored version the server answered with, and how long it took.
     */
    public record Write(long sentenceId, int labels, int status, int version, long startedNanos, long latencyNanos) {
        public boolean acknowledged() {
            return status == 200;
        }

        public List<String> labelKeys() {
            return keys(labels);
        }
    }

    private final AnnotatorTeam.Member member;
    private final HttpClient http;
    private final String base;
    private final long deadline;
    private final int maxThinkMillis;
    private final boolean stopAtFirstFailure;
    private final SplittableRandom random;
    private final List<Write> writes = new ArrayList<>();

    /**
     * @param http               shared by the curators of a run: each request takes a connection of
     *                           its own from the client's pool, and one client costs the machine one
     *                           selector thread instead of one per curator
     * @param maxThinkMillis     pause after each write, uniformly drawn from 0 to this
     * @param stopAtFirstFailure stop after a write that was not acknowledged, so at most the last
     *                           write of the log has an unknown outcome
     */
    public SimulatedAnnotator(
            AnnotatorTeam.Member member,
            HttpClient http,
            String baseUrl,
            long deadlineNanos,
            int maxThinkMillis,
            boolean stopAtFirstFailure,
            long seed) {
        this.member = member;
        this.http = http;
        this.base = baseUrl;
        this.deadline = deadlineNanos;
        this.maxThinkMillis = maxThinkMillis;
        this.stopAtFirstFailure = stopAtFirstFailure;
        this.random = new SplittableRandom(seed);
    }

    public String username() {
        return member.username();
    }

    /** The log, in the order the writes were sent; read it after {@link #run()} returned. */
    public List<Write> writes() {
        return writes;
    }

    @Override
    public void run() {
        // Curators who think do not all press a key in the same instant: start at a random moment of
        // the first pause, not as one burst of simultaneous writes.
        if (!pause()) {
            return;
        }
        while (System.nanoTime() < deadline) {
            var sentenceId =
                    member.sentenceIds().get(random.nextInt(member.sentenceIds().size()));
            var labels = random.nextInt(1 << AnnotatorTeam.LABELS.size());
            var write = put(sentenceId, labels);
            writes.add(write);
            if (stopAtFirstFailure && !write.acknowledged() || !pause()) {
                return;
            }
        }
    }

    /** The think time; false when interrupted. */
    private boolean pause() {
        if (maxThinkMillis > 0) {
            try {
                Thread.sleep(random.nextInt(maxThinkMillis + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private Write put(long sentenceId, int labels) {
        var body = "{\"labels\": ["
                + String.join(
                        ", ", keys(labels).stream().map(k -> "\"" + k + "\"").toList()) + "]}";
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/sentences/" + sentenceId + "/labels"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + member.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var started = System.nanoTime();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var latency = System.nanoTime() - started;
            var version = VERSION.matcher(response.body());
            return new Write(
                    sentenceId,
                    labels,
                    response.statusCode(),
                    response.statusCode() == 200 && version.find() ? Integer.parseInt(version.group(1)) : 0,
                    started,
                    latency);
        } catch (IOException e) {
            return new Write(sentenceId, labels, NO_ANSWER, 0, started, System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Write(sentenceId, labels, NO_ANSWER, 0, started, System.nanoTime() - started);
        }
    }

    /** An HTTP/1.1 client for a run of curators. */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The label keys of a bit set, in schema order (the order the server stores them in). */
    public static List<String> keys(int labels) {
        var keys = new ArrayList<String>();
        for (var i = 0; i < AnnotatorTeam.LABELS.size(); i++) {
            if ((labels & (1 << i)) != 0) {
                keys.add(AnnotatorTeam.LABELS.get(i));
            }
        }
        return keys;
    }
}
