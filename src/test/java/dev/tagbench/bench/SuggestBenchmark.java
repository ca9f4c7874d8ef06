package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.ingest.ImportService;
import dev.tagbench.ingest.InMemorySource;
import dev.tagbench.plugins.minilm.LogisticTrainer;
import dev.tagbench.plugins.minilm.MiniLmEncoder;
import dev.tagbench.plugins.minilm.MiniLmSuggester;
import dev.tagbench.project.DefaultLabelSchema;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectService;
import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import dev.tagbench.suggest.LabelledSentence;
import dev.tagbench.suggest.QualityCheck;
import dev.tagbench.suggest.SentenceVectors;
import dev.tagbench.suggest.SuggestionService;
import dev.tagbench.suggest.TrainingContext;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestions: embedding throughput, training time on 1k and 10k approved sentences (quality check
 * included), suggestion latency per article through the service, and a learning curve (macro-F1
 * at 20/50/100/400 labelled sentences) against a TF-IDF + logistic regression baseline, on
 * generated news ({@link NewsSentences}). Run: {@code ./mvnw -Pbench test -Dtest=SuggestBenchmark}.
 */
@SpringBootTest(
        properties = {
            "tagbench.embedded-db.directory=",
            "tagbench.demo=false",
            "tagbench.admin-password=bench-password",
            "vaadin.devmode.usageStatistics.enabled=false"
        })
class SuggestBenchmark {

    static final int POOL_ARTICLES = Integer.getInteger("bench.suggest.articles", 1250);
    static final int TEST_ARTICLES = 150;
    static final int LATENCY_ARTICLES = 100;
    static final int[] CURVE = {20, 50, 100, 400};
    static final int REPEATS = Integer.getInteger("bench.suggest.repeats", 5);

    @Autowired
    SentenceVectors vectors;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void suggestion_speed_and_quality() throws Exception {
        var out = new StringBuilder("\n=== Suggestion benchmark ===\n");
        out.append("load before   ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip())
                .append('\n');
        var encoder = new MiniLmEncoder();
        var suggester = new MiniLmSuggester(vectors, encoder, new LogisticTrainer());
        var rssBefore = residentMegabytes();
        var started = System.nanoTime();
        encoder.encode(List.of("The model loads on first use."));
        out.append(String.format(
                "model load    %.1f s (first sentence); process memory (RSS) %,d -> %,d MB%n",
                seconds(started), rssBefore, residentMegabytes()));

        var all = NewsSentences.generate(POOL_ARTICLES + TEST_ARTICLES, 42, 0.04);
        var pool = all.stream().filter(s -> s.articleId() < POOL_ARTICLES).toList();
        var test = all.stream().filter(s -> s.articleId() >= POOL_ARTICLES).toList();
        var sample = pool.stream()
                .map(NewsSentences.Labelled::text)
                .distinct()
                .limit(2000)
                .toList();
        started = System.nanoTime();
        encoder.encode(sample);
        var throughput = sample.size() / seconds(started);
        out.append(String.format(
                "embedding     %,d sentences/s (%,d sentences, batches of 64)%n", (long) throughput, sample.size()));
        started = System.nanoTime();
        vectors.of(all.stream().map(NewsSentences.Labelled::text).toList(), encoder);
        out.append(String.format(
                "embed + store %,d sentences in %.1f s (into sentence_embedding)%n", all.size(), seconds(started)));

        var context = new TrainingContext(
                1, DefaultLabelSchema.LABELS, JsonMapper.builder().build().createObjectNode());
        for (var n : new int[] {1000, pool.size()}) {
            var examples = examples(pool.subList(0, n));
            started = System.nanoTime();
            var quality = QualityCheck.measure(suggester, context, examples, 0.5);
            var measured = seconds(started);
            suggester.train(context, examples);
            var total = seconds(started);
            var macro = quality.perLabel().values().stream()
                    .mapToDouble(q -> q.f1())
                    .average()
                    .orElse(0);
            out.append(String.format(
                    "training      %,6d approved: %.1f s (quality check %.1f s, 5 folds by article; final model %.1f s),"
                            + " cross-validated macro-F1 %.3f%n",
                    n, total, measured, total - measured, macro));
        }

        out.append(LearningCurve.run(suggester, vectors, encoder, context, pool, test, CURVE, REPEATS));
        out.append(latency(suggester, context, pool, test));
        out.append("load after    ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip())
                .append('\n');
        out.append("max heap      ")
                .append(Runtime.getRuntime().maxMemory() / 1_048_576)
                .append(" MB\n");
        out.append("============================\n");
        System.out.println(out);
    }

    /** p50 and p95 of GET suggestions for an article through the service: cold (no vectors yet) and warm. */
    private String latency(
            MiniLmSuggester suggester,
            TrainingContext context,
            List<NewsSentences.Labelled> pool,
            List<NewsSentences.Labelled> test)
            throws Exception {
        var admin = jdbc.sql("select id, username, display_name, admin from app_user where username = 'admin'")
                .query((rs, row) -> new AppUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .single();
        var project = projects.create(admin, new NewProject("Suggest benchmark " + System.nanoTime(), null, 1));
        var model = suggester.train(context, examples(pool));
        jdbc.sql("insert into project_suggester (project_id, suggester_id, enabled) values (:p, 'minilm', true)")
                .param("p", project.id())
                .update();
        jdbc.sql("""
                        insert into suggester_training (project_id, suggester_id, status, model_version, node, finished_at,
                                                        trained_on, model)
                        values (:p, 'minilm', 'READY', :v, 'benchmark', now(), :n, :m)""")
                .param("p", project.id())
                .param("v", suggester.modelVersion())
                .param("n", pool.size())
                .param("m", model.toBytes())
                .update();
        // New sentences (another seed), so the first request for each article embeds its sentences.
        var fresh = NewsSentences.generate(LATENCY_ARTICLES, 7, 0);
        var jsonl = new StringBuilder();
        var json = JsonMapper.builder().build();
        fresh.stream()
                .collect(Collectors.groupingBy(NewsSentences.Labelled::articleId))
                .forEach((id, sentences) -> jsonl.append(json.writeValueAsString(java.util.Map.of(
                                "title",
                                "Benchmark article " + id,
                                "text",
                                sentences.stream()
                                        .map(NewsSentences.Labelled::text)
                                        .collect(Collectors.joining(" ")))))
                        .append('\n'));
        var report = imports.importFile(
                admin,
                project.id(),
                new InMemorySource("latency.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)));
        var ids = report.imported().stream().map(article -> article.articleId()).toList();
        assertThat(ids).hasSize(LATENCY_ARTICLES);
        var cold = time(ids, admin);
        var warm = time(ids, admin);
        return String.format(
                "latency       GET suggestions per article of 8 sentences, %d articles: cold (embeds) p50 %.0f ms,"
                        + " p95 %.0f ms; warm (stored vectors) p50 %.0f ms, p95 %.0f ms%n",
                ids.size(), percentile(cold, 50), percentile(cold, 95), percentile(warm, 50), percentile(warm, 95));
    }

    private double[] time(List<Long> articleIds, dev.tagbench.user.AppUser admin) {
        var millis = new double[articleIds.size()];
        for (var i = 0; i < articleIds.size(); i++) {
            var started = System.nanoTime();
            var shown = suggestions.forArticle(admin, articleIds.get(i));
            millis[i] = (System.nanoTime() - started) / 1e6;
            assertThat(shown).isNotNull();
        }
        return millis;
    }

    static List<LabelledSentence> examples(List<NewsSentences.Labelled> sentences) {
        var examples = new ArrayList<LabelledSentence>();
        for (var i = 0; i < sentences.size(); i++) {
            var s = sentences.get(i);
            examples.add(new LabelledSentence(i, s.articleId(), s.text(), s.labels()));
        }
        return examples;
    }

    static List<SentenceToLabel> toLabel(List<NewsSentences.Labelled> sentences) {
        var result = new ArrayList<SentenceToLabel>();
        for (var i = 0; i < sentences.size(); i++) {
            result.add(new SentenceToLabel(i, sentences.get(i).text()));
        }
        return result;
    }

    private static double percentile(double[] values, int p) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The process's resident memory, heap and native (the ONNX runtime's) together. */
    private static long residentMegabytes() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst()
                        .orElse(0)
                / 1024;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
