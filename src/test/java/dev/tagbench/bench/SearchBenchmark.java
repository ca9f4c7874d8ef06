package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.HistoryService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.search.SearchRequest;
import dev.tagbench.search.SearchService;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search and history at size: 400,000 sentences in 10,000 articles (a third approved with final
 * labels, four in ten in progress with two curators' labels, each with its history row), loaded
 * with bulk SQL. Times full-text search with a label filter as a manager sees it (median, p95),
 * {@code similarTo} as an exact scan over 100,000 stored vectors, and the history of a sentence with
 * 1,000 changes among the project's half a million. The sentences are news-like by default, the
 * templates' worst case with {@code -Dbench.search.corpus=TEMPLATES} ({@link SearchCorpus}). Run with
 * {@code ./mvnw -Pbench test -Dtest=SearchBenchmark}.
 */
@SpringBootTest(
        properties = {
            "tagbench.embedded-db.directory=",
            "tagbench.demo=false",
            "tagbench.admin-password=bench-password",
            "vaadin.devmode.usageStatistics.enabled=false"
        })
class SearchBenchmark {

    static final int ARTICLES = Integer.getInteger("bench.search.articles", 10_000);
    static final int SIMILAR_ARTICLES = Integer.getInteger("bench.search.similar-articles", 2_500);
    static final int SENTENCES_PER_ARTICLE = 40;
    static final int RUNS = Integer.getInteger("bench.search.runs", 100);

    /** Which sentences: news-like word frequencies, or the eight templates alone (the worst case). */
    static final SearchCorpus CORPUS = SearchCorpus.valueOf(System.getProperty("bench.search.corpus", "NEWS"));

    static final List<String> QUERIES = CORPUS.queries();

    @Autowired
    SearchService search;

    @Autowired
    HistoryService history;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void search_similar_sentences_and_history_at_size() throws Exception {
        var admin = data.admin();
        var manager = users.create(admin, "bench-manager", "bench-password", "", false);
        var a = users.create(admin, "bench-a", "bench-password", "", false);
        var b = users.create(admin, "bench-b", "bench-password", "", false);
        var big = projects.create(admin, new NewProject("Search benchmark", null, 2));
        var small = projects.create(admin, new NewProject("Similar benchmark", null, 2));
        for (var project : List.of(big, small)) {
            data.member(project, manager, ProjectRole.MANAGER);
        }
        var out = new StringBuilder("\n=== Search benchmark ===\nload average before  ")
                .append(loadAverage())
                .append('\n');
        var started = System.nanoTime();
        SearchCorpus.storeVocabulary(jdbc);
        SearchData.load(jdbc, CORPUS, big.id(), ARTICLES, a.id(), b.id(), admin.id());
        SearchData.load(jdbc, CORPUS, small.id(), SIMILAR_ARTICLES, a.id(), b.id(), admin.id());
        var busy = SearchData.busySentence(jdbc, big.id(), a.id(), b.id(), 1_000);
        // Labels gave the sentences their label keys, a second row version each: measured after
        // autovacuum, as a working database is, not with a table of dead rows.
        jdbc.sql("vacuum analyze").update();
        out.append("data                 %,d + %,d sentences (%s) loaded in %.0f s%n"
                .formatted(
                        ARTICLES * SENTENCES_PER_ARTICLE,
                        SIMILAR_ARTICLES * SENTENCES_PER_ARTICLE,
                        CORPUS,
                        (System.nanoTime() - started) / 1e9));

        var source = jdbc.sql("select min(s.id) from sentence s join article a on a.id = s.article_id"
                        + " where a.project_id = :project")
                .param("project", small.id())
                .query(Long.class)
                .single();
        search.search(manager, small.id(), request(null, null, source)); // loads the model, stores the source's vector
        var vectors = SearchData.randomVectors(jdbc, dataSource, small.id(), new Random(42));
        var similar = time(10, run -> search.search(manager, small.id(), request(null, null, source)));
        var page = search.search(manager, small.id(), request(null, null, source));
        assertThat(page.items()).hasSize(20);
        out.append("similarTo            %s (exact scan over %,d stored vectors, %,d compared)%n"
                .formatted(figures(similar), vectors, page.total()));

        var ofSentence = time(50, run -> history.ofSentence(manager, busy.sentenceId()));
        var ofArticle = time(50, run -> history.ofArticle(manager, busy.articleId()));
        var entries = history.ofSentence(manager, busy.sentenceId()).size();
        var rows = jdbc.sql("select count(*) from annotation_history")
                .query(Long.class)
                .single();
        out.append("history of sentence  %s (%,d entries; %,d history rows in all)%n"
                .formatted(figures(ofSentence), entries, rows));
        out.append("history of article   %s%n".formatted(figures(ofArticle)));
        System.out.println(out);
        var withLabel = time(
                RUNS,
                run -> search.search(manager, big.id(), request(QUERIES.get(run % QUERIES.size()), label(run), null)));
        var wordsOnly = time(
                RUNS, run -> search.search(manager, big.id(), request(QUERIES.get(run % QUERIES.size()), null, null)));
        out.append("words + label filter %s (%d searches of %d queries)%n"
                .formatted(figures(withLabel), RUNS, QUERIES.size()));
        out.append("words only           %s%n".formatted(figures(wordsOnly)));
        for (var query : QUERIES) {
            var found = search.search(manager, big.id(), request(query, "troop_claim", null));
            var single = time(3, run -> search.search(manager, big.id(), request(query, "troop_claim", null)));
            out.append("  %-22s %,7d hits  median %5.1f ms%n".formatted(query, found.total(), percentile(single, 50)));
        }

        out.append("load average after   ").append(loadAverage()).append("\n========================\n");
        System.out.println(out);
        assertThat(entries).isGreaterThanOrEqualTo(1_000);
    }

    private static SearchRequest request(String q, String label, Long similarTo) {
        return new SearchRequest(
                q, label, null, null, null, null, null, null, null, similarTo, SearchRequest.Sort.RELEVANCE, 0, 20);
    }

    private static String label(int run) {
        return run % 2 == 0 ? "troop_claim" : "attack_report";
    }

    /** Milliseconds of each run, after two untimed runs. */
    private static double[] time(int runs, IntConsumer body) {
        body.accept(0);
        body.accept(1);
        var millis = new double[runs];
        for (var run = 0; run < runs; run++) {
            var started = System.nanoTime();
            body.accept(run);
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        return millis;
    }

    private static String figures(double[] millis) {
        return "median %6.1f ms, p95 %6.1f ms".formatted(percentile(millis, 50), percentile(millis, 95));
    }

    private static double percentile(double[] values, int p) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
