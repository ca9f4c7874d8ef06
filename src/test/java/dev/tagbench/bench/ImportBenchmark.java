package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.ingest.FileSource;
import dev.tagbench.ingest.ImportService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports 10,000 generated articles of about 40 sentences into a fresh database through the app's
 * own import path (JSONL importer, cleaners, segmenter, storage) and prints the figures. Run with
 * {@code ./mvnw -Pbench test}; the heap is capped at 512 MB there.
 */
@SpringBootTest(
        properties = {
            "tagbench.embedded-db.directory=",
            "tagbench.demo=false",
            "tagbench.admin-password=bench-password",
            "tagbench.ingest.max-file-size=500MB",
            "vaadin.devmode.usageStatistics.enabled=false"
        })
class ImportBenchmark {

    static final int ARTICLES = Integer.getInteger("bench.articles", 10_000);
    static final int SENTENCES = Integer.getInteger("bench.sentences", 40);

    @Autowired
    ImportService imports;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void import_ten_thousand_articles() throws Exception {
        var admin = data.admin();
        var project = projects.create(admin, new NewProject("Benchmark " + System.nanoTime(), null, 2));
        var file = Files.createTempFile("tagbench-bench", ".jsonl");
        var size = ArticleGenerator.write(file, ARTICLES, SENTENCES, 42);
        System.gc();

        var peak = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        var started = System.nanoTime();
        var reports = imports.importUpload(admin, project.id(), new FileSource("bench.jsonl", file));
        var seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        Files.deleteIfExists(file);

        var articles = jdbc.sql("select count(*) from article where project_id = :p")
                .param("p", project.id())
                .query(Long.class)
                .single();
        var sentences = jdbc.sql("select count(*) from sentence s join article a on a.id = s.article_id "
                        + "where a.project_id = :p")
                .param("p", project.id())
                .query(Long.class)
                .single();
        System.out.printf(
                """

                === Import benchmark ===
                input            %,d articles, %,d MB of JSONL
                articles         %,d imported in %.1f s  -> %,.0f articles/s
                sentences        %,d                      -> %,.0f sentences/s
                peak heap used   %,d MB (sampled every 20 ms; max heap %,d MB)
                problems         %d
                ========================

                """,
                ARTICLES,
                size / 1_000_000,
                articles,
                seconds,
                articles / seconds,
                sentences,
                sentences / seconds,
                peak.get() / 1_048_576,
                memory.getHeapMemoryUsage().getMax() / 1_048_576,
                reports.stream().mapToLong(r -> r.problems().size()).sum());
        assertThat(articles).isEqualTo(ARTICLES);
    }
}
