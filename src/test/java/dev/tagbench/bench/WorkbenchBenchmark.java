package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.Browser;
import dev.tagbench.support.PackagedApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The workbench as a curator feels it: articles of 10, 100, 1,000 and 5,000 sentences opened in
 * headless Chromium against the packaged jar. Prints, per size, the time from navigation to the
 * focused sentence on screen (interactive), from pressing End to the last sentence focused, and from
 * a label key to its chip shown after the save; every time is taken inside the page (keydown to DOM
 * change), so Playwright's own round trips are not counted. Build the jar first:
 * {@code ./mvnw package -Dmaven.test.skip=true && ./mvnw -Pbench test -Dtest=WorkbenchBenchmark}.
 */
class WorkbenchBenchmark {

    static final List<Integer> SIZES = List.of(10, 100, 1_000, 5_000);
    static final int OPENS = Integer.getInteger("bench.workbench.opens", 5);
    static final int ENDS = Integer.getInteger("bench.workbench.ends", 5);
    static final int LABELS = Integer.getInteger("bench.workbench.labels", 10);
    static final String ADMIN_PASSWORD = "workbench-benchmark-admin";
    static final String CURATOR_PASSWORD = "workbench-benchmark-curator";

    /**
     * In every page: the time of the last keydown, and a wait for a selector to match (or stop
     * matching) that resolves with the time of the DOM change that did it.
     */
    static final String PROBE = """
            window.__bench = {
              keyAt: 0,
              when(selector, present) {
                const done = () => !!document.querySelector(selector) === present;
                if (done()) return Promise.resolve(performance.now());
                return new Promise(resolve => {
                  const observer = new MutationObserver(() => {
                    if (done()) { observer.disconnect(); resolve(performance.now()); }
                  });
                  observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
                });
              }
            };
            window.addEventListener('keydown', () => { window.__bench.keyAt = performance.now(); }, true);
            window.__bench.opened = window.__bench.when('.sentence.focused', true);
            """;

    private final Path work = Path.of("target", "workbench-benchmark");
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
    void articles_of_ten_to_five_thousand_sentences() throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        app = PackagedApp.start(work.resolve("data"), work.resolve("app.log"), ADMIN_PASSWORD, List.of("-Xmx512m"));
        var articles = setUp();
        var results = new LinkedHashMap<Integer, Figures>();
        try (var browser = new Browser(app.port())) {
            var page = browser.signIn("bench-curator", CURATOR_PASSWORD);
            page.context().addInitScript(PROBE);
            var uidlBytes = new AtomicLong();
            page.onRequestFinished(request -> {
                if (request.url().contains("v-r=")) {
                    uidlBytes.addAndGet(request.sizes().responseBodySize);
                }
            });
            // Warm-up: the server's JIT and the browser's caches, not counted.
            open(browser, page, articles.get(100));
            for (var size : SIZES) {
                results.put(size, measure(browser, page, articles.get(size), size, uidlBytes));
            }
        }
        print(results);
        assertThat(results).hasSize(SIZES.size());
    }

    private Figures measure(Browser browser, Page page, long articleId, int size, AtomicLong uidlBytes) {
        var opens = new ArrayList<Double>();
        long bytes = 0;
        for (var i = 0; i < OPENS; i++) {
            uidlBytes.set(0);
            opens.add(open(browser, page, articleId));
            bytes = uidlBytes.get();
        }
        var inApp = new ArrayList<Double>();
        for (var i = 0; i < OPENS; i++) {
            inApp.add(openInApp(browser, page, articleId));
        }
        var elements = ((Number) page.evaluate("() => document.getElementsByTagName('*').length")).intValue();
        var last = "#sentence-" + (size - 1);
        var ends = new ArrayList<Double>();
        for (var i = 0; i < ENDS; i++) {
            ends.add(afterKey(page, "End", last + ".focused", true));
            afterKey(page, "Home", "#sentence-0.focused", true);
        }
        afterKey(page, "End", last + ".focused", true);
        var labels = new ArrayList<Double>();
        var chip = last + " .chip[data-label='pledge']";
        for (var i = 0; i < LABELS; i++) {
            labels.add(afterKey(page, "1", chip, i % 2 == 0));
        }
        return new Figures(opens, inApp, ends, labels, elements, bytes);
    }

    /** Opens the article; returns the milliseconds from navigation to a focused sentence on screen. */
    private static double open(Browser browser, Page page, long articleId) {
        page.navigate(browser.url("/articles/" + articleId));
        return ((Number) page.evaluate("() => window.__bench.opened")).doubleValue();
    }

    /**
     * Opens the article from the article list through the router, as Next article and the list do;
     * returns the milliseconds from the click to a focused sentence on screen.
     */
    private static double openInApp(Browser browser, Page page, long articleId) {
        page.navigate(browser.url("/"));
        page.locator("vaadin-grid").waitFor();
        return ((Number) page.evaluate("""
                        async (id) => {
                          const link = document.createElement('a');
                          link.href = 'articles/' + id;
                          link.setAttribute('router-link', '');
                          document.body.appendChild(link);
                          const shown = window.__bench.when('.sentence.focused', true);
                          const start = performance.now();
                          link.click();
                          return (await shown) - start;
                        }""", String.valueOf(articleId))).doubleValue();
    }

    /** Presses a key; returns the milliseconds from its keydown to the selector (not) matching. */
    private static double afterKey(Page page, String key, String selector, boolean present) {
        page.evaluate(
                "([selector, present]) => { window.__bench.pending = window.__bench.when(selector, present); }",
                List.of(selector, present));
        page.keyboard().press(key);
        var at = ((Number) page.evaluate("() => window.__bench.pending")).doubleValue();
        var keyAt = ((Number) page.evaluate("() => window.__bench.keyAt")).doubleValue();
        return at - keyAt;
    }

    /** A project with one article of each size and a curator in it, set up through the REST API. */
    private Map<Integer, Long> setUp() throws Exception {
        var admin = new ApiClient(app.port(), "admin", ADMIN_PASSWORD);
        var project = admin.post("/api/v1/projects", "{\"name\": \"Workbench benchmark\"}");
        assertThat(project.status()).isEqualTo(201);
        var projectId = project.json().get("id").asLong();
        assertThat(admin.post(
                                "/api/v1/users",
                                "{\"username\": \"bench-curator\", \"password\": \"" + CURATOR_PASSWORD + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.put("/api/v1/projects/" + projectId + "/members/bench-curator", "{\"roles\": [\"ANNOTATOR\"]}")
                        .status())
                .isEqualTo(200);
        var jsonl = new StringBuilder();
        for (var size : SIZES) {
            jsonl.append(article(size));
        }
        var imported = admin.upload(
                "/api/v1/projects/" + projectId + "/articles",
                Map.of("workbench.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var ids = new LinkedHashMap<Integer, Long>();
        try (var connection = app.database();
                var query = connection.prepareStatement(
                        "select a.id, count(s.id) from article a join sentence s on s.article_id = a.id"
                                + " where a.project_id = ? group by a.id")) {
            query.setLong(1, projectId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getInt(2), rows.getLong(1));
                }
            }
        }
        assertThat(ids.keySet()).containsExactlyInAnyOrderElementsOf(SIZES);
        return ids;
    }

    /** One JSON Lines article of exactly {@code sentences} sentences. */
    private static String article(int sentences) {
        var text = new StringBuilder();
        for (var s = 0; s < sentences; s++) {
            text.append("Officials in district ")
                    .append(sentences)
                    .append(" reported event ")
                    .append(s)
                    .append(" near the border on day ")
                    .append(s % 365)
                    .append(s % 5 == 4 ? ".\\n\\n" : ". ");
        }
        return "{\"title\": \"Article of " + sentences + " sentences\", \"date\": \"2024-03-01\", "
                + "\"source\": \"Benchmark Wire\", \"text\": \""
                + text.toString().strip() + "\"}\n";
    }

    record Figures(
            List<Double> opens, List<Double> inApp, List<Double> ends, List<Double> labels, int elements, long bytes) {}

    private static void print(Map<Integer, Figures> results) throws Exception {
        var out = new StringBuilder("\n=== Workbench benchmark ===\n");
        out.append("app            %s%n".formatted(PackagedApp.jar().getFileName()));
        out.append("interactive    load: a page load of the article's address; in-app: from the article list\n");
        out.append("runs           %d opens of each kind, %d End presses, %d label keys per article%n"
                .formatted(OPENS, ENDS, LABELS));
        out.append("%-10s %18s %18s %16s %16s %10s %12s%n"
                .formatted(
                        "sentences",
                        "load ms p50/p95",
                        "in-app ms p50/p95",
                        "End ms p50/p95",
                        "label ms p50/p95",
                        "elements",
                        "server bytes"));
        var allLabels = new ArrayList<Double>();
        for (var entry : results.entrySet()) {
            var f = entry.getValue();
            allLabels.addAll(f.labels());
            out.append("%-10d %18s %18s %16s %16s %10d %12d%n"
                    .formatted(
                            entry.getKey(),
                            pair(f.opens()),
                            pair(f.inApp()),
                            pair(f.ends()),
                            pair(f.labels()),
                            f.elements(),
                            f.bytes()));
        }
        out.append("label, all     %s ms (p50/p95)%n".formatted(pair(allLabels)));
        target(out, "load", results.get(10).opens(), results.get(1_000).opens());
        target(out, "in-app", results.get(10).inApp(), results.get(1_000).inApp());
        out.append("               End on 1,000 < 150 ms: %s; label p50 < 100 ms: %s%n"
                .formatted(
                        percentile(results.get(1_000).ends(), 0.5) < 150 ? "met" : "missed",
                        percentile(allLabels, 0.5) < 100 ? "met" : "missed"));
        out.append("load average   %s%n"
                .formatted(Files.readString(Path.of("/proc/loadavg")).strip()));
        out.append("===========================\n");
        System.out.println(out);
    }

    private static void target(StringBuilder out, String kind, List<Double> ten, List<Double> thousand) {
        var tenMillis = percentile(ten, 0.5);
        var thousandMillis = percentile(thousand, 0.5);
        out.append("targets        1,000 interactive (%s, %.0f ms) <= 1000 ms: %s; <= 2 x 10-sentence (%.0f ms): %s%n"
                .formatted(
                        kind,
                        thousandMillis,
                        thousandMillis <= 1000 ? "met" : "missed",
                        2 * tenMillis,
                        thousandMillis <= 2 * tenMillis ? "met" : "missed"));
    }

    private static String pair(List<Double> values) {
        return "%.0f / %.0f".formatted(percentile(values, 0.5), percentile(values, 0.95));
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        var rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
