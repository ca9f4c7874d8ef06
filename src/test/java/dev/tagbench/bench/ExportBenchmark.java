package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.ExportBenchmarkAccess;
import dev.tagbench.export.ExportService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads 1,000,000 approved sentences (25,000 articles of 40, two curators each) straight into
 * PostgreSQL, then times the JSONL export through the application's own path against the raw
 * floor: {@code COPY (SELECT …the same rows…) TO STDOUT} through the driver's CopyManager.
 * Run with {@code ./mvnw -Pbench test -Dtest=ExportBenchmark}.
 */
@SpringBootTest(
        properties = {
            "tagbench.embedded-db.directory=",
            "tagbench.demo=false",
            "tagbench.admin-password=bench-password",
            "vaadin.devmode.usageStatistics.enabled=false"
        })
class ExportBenchmark {

    static final int ARTICLES = Integer.getInteger("bench.export.articles", 25_000);

    @Autowired
    ExportService exports;

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
    void export_a_million_sentences_against_copy() throws Exception {
        var admin = data.admin();
        var project = projects.create(admin, new NewProject("Export benchmark", null, 2));
        var a = users.create(data.admin(), "bench-a", "bench-password", "A", false);
        var b = users.create(data.admin(), "bench-b", "bench-password", "B", false);
        var loading = System.nanoTime();
        load(project.id(), admin.id(), a.id(), b.id());
        var loadSeconds = (System.nanoTime() - loading) / 1e9;
        var sentences =
                jdbc.sql("select count(*) from final_label").query(Long.class).single();

        var copySeconds = timeCopy(project.id());
        System.gc();
        var peak = new AtomicLong();
        var sampler = sampleHeap(peak);
        var started = System.nanoTime();
        var plan = exports.prepare(admin, project.id(), "jsonl", "80,10,10", 42);
        var planned = System.nanoTime();
        var result = exports.write(plan, OutputStream.nullOutputStream());
        var exportSeconds = (System.nanoTime() - started) / 1e9;
        var planSeconds = (planned - started) / 1e9;
        var rowSeconds = exportSeconds - planSeconds;
        sampler.interrupt();

        System.out.printf(
                """

                === Export benchmark ===
                data             %,d articles, %,d approved sentences (loaded in %.1f s)
                COPY floor       %.1f s
                app JSONL export %.1f s, %,d bytes  -> %,.0f sentences/s
                  planning       %.1f s (splits; agreement for the dataset card)
                  rows           %.1f s
                ratio            %.2f (whole export / COPY), %.2f (rows / COPY)
                peak heap used   %,d MB (sampled every 20 ms; max heap %,d MB)
                ========================

                """,
                ARTICLES,
                sentences,
                loadSeconds,
                copySeconds,
                exportSeconds,
                result.bytes(),
                result.rows() / exportSeconds,
                planSeconds,
                rowSeconds,
                exportSeconds / copySeconds,
                rowSeconds / copySeconds,
                peak.get() / 1_048_576,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1_048_576);
        assertThat(result.rows()).isEqualTo(sentences);
    }

    private void load(long projectId, long reviewerId, long curatorA, long curatorB) {
        jdbc.sql("""
                        insert into article (project_id, title, original_text, content_hash, importer_id, segmenter_id,
                                             state, sentence_count, approved_by, approved_at)
                        select :project, 'Generated article ' || g, repeat('Text of the article. ', 120),
                               md5(g::text) || md5((g + 7)::text), 'bench', 'icu-news', 'APPROVED', 40, :reviewer,
                               timestamptz '2026-01-01' + g * interval '1 minute'
                        from generate_series(1, :articles) g""")
                .param("project", projectId)
                .param("reviewer", reviewerId)
                .param("articles", ARTICLES)
                .update();
        jdbc.sql("""
                        insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text)
                        select a.id, i, i * 60, i * 60 + 58, t, t
                        from article a, generate_series(0, 39) i,
                             lateral (select 'Officials said ' || (a.id * 40 + i) || ' troops moved towards the border.' as t) x
                        where a.project_id = :project""").param("project", projectId).update();
        jdbc.sql("""
                        insert into final_label (sentence_id, labels, decided_by)
                        select s.id, case s.id % 4 when 0 then '{pledge}' when 1 then '{troop_claim}'
                                                   when 2 then '{attack_report,troop_claim}' else '{}' end::text[], :reviewer
                        from sentence s join article a on a.id = s.article_id where a.project_id = :project""").param("project", projectId).param("reviewer", reviewerId).update();
        for (var curator : new long[] {curatorA, curatorB}) {
            jdbc.sql("""
                            insert into assignment (article_id, user_id, status, submitted_at)
                            select id, :user, 'SUBMITTED', now() from article where project_id = :project""").param("user", curator).param("project", projectId).update();
            jdbc.sql("""
                            insert into annotation (sentence_id, user_id, labels)
                            select f.sentence_id, :user, case when (f.sentence_id + :user) % 5 = 0 then '{}' else f.labels end
                            from final_label f join sentence s on s.id = f.sentence_id join article a on a.id = s.article_id
                            where a.project_id = :project""").param("user", curator).param("project", projectId).update();
        }
        jdbc.sql("analyze").update();
    }

    private double timeCopy(long projectId) throws Exception {
        var select = ExportBenchmarkAccess.select()
                .replace(
                        "any(:ids)",
                        "any(array(select id from article where project_id = " + projectId
                                + " and state = 'APPROVED'))");
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var started = System.nanoTime();
            copy.copyOut(
                    "copy (" + select + " order by s.article_id, s.idx) to stdout", OutputStream.nullOutputStream());
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static Thread sampleHeap(AtomicLong peak) {
        var memory = ManagementFactory.getMemoryMXBean();
        return Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
