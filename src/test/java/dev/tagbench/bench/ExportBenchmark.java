package dev.tagbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.DatasetDiffService;
import dev.tagbench.export.ExportBenchmarkAccess;
import dev.tagbench.export.ExportService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads 1,000,000 approved sentences (25,000 articles of 40, two curators each) straight into
 * PostgreSQL and times the JSONL export through the application's own path against the raw floor,
 * {@code COPY (SELECT …the same rows…) TO STDOUT} through the driver's CopyManager, as a dataset
 * grows: a first export of 97.5 % of the articles, then the rest approved, then the export timed, with
 * the earlier snapshot's splits to keep. Then the diffs: the growth (25,000 rows added), and every
 * article corrected (1,000,000 rows changed, the earlier ones read from the archive), streamed as the
 * API writes them. Run with {@code ./mvnw -Pbench test -Dtest=ExportBenchmark}.
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
    static final String SPLIT = "80,10,10";

    @Autowired
    ExportService exports;

    @Autowired
    DatasetDiffService diffs;

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
    void export_a_million_sentences_against_copy_as_the_dataset_grows_and_diff_the_versions() throws Exception {
        var rows = new ExportData(jdbc, dataSource);
        var admin = data.admin();
        var project = projects.create(admin, new NewProject("Export benchmark", null, 2));
        var a = users.create(admin, "bench-a", "bench-password", "A", false);
        var b = users.create(admin, "bench-b", "bench-password", "B", false);
        var earlier = ARTICLES - ARTICLES / 40;
        var loading = System.nanoTime();
        rows.load(project.id(), admin.id(), a.id(), b.id(), 1, earlier);
        var firstStarted = System.nanoTime();
        var v1 = exports.write(
                exports.prepare(admin, project.id(), "jsonl", SPLIT, 42), OutputStream.nullOutputStream());
        var firstSeconds = (System.nanoTime() - firstStarted) / 1e9;
        rows.load(project.id(), admin.id(), a.id(), b.id(), earlier + 1, ARTICLES);
        var loadSeconds = (System.nanoTime() - loading) / 1e9 - firstSeconds;
        var sentences =
                jdbc.sql("select count(*) from final_label").query(Long.class).single();

        var copySeconds = rows.timeCopy(project.id());
        System.gc();
        var peak = new AtomicLong();
        var sampler = ExportData.sampleHeap(peak);
        var started = System.nanoTime();
        var plan = exports.prepare(admin, project.id(), "jsonl", SPLIT, 42);
        var planned = System.nanoTime();
        var v2 = exports.write(plan, OutputStream.nullOutputStream());
        var exportSeconds = (System.nanoTime() - started) / 1e9;
        var planSeconds = (planned - started) / 1e9;
        sampler.interrupt();
        var exportPeak = peak.get();

        var growth = timeDiff(admin, project.id(), v1.snapshotId(), v2.snapshotId());
        rows.correctAll(project.id());
        var v3 = exports.write(
                exports.prepare(admin, project.id(), "jsonl", SPLIT, 42), OutputStream.nullOutputStream());
        var corrections = timeDiff(admin, project.id(), v2.snapshotId(), v3.snapshotId());

        System.out.printf(
                """

                === Export benchmark ===
                data             %,d articles, %,d approved sentences (loaded in %.1f s)
                first export     %.1f s (%,d sentences, no earlier snapshot)
                COPY floor       %.1f s
                app JSONL export %.1f s, %,d bytes  -> %,.0f sentences/s (earlier snapshot present)
                  planning       %.1f s (kept splits, new articles placed, agreement for the card)
                  rows           %.1f s (and the record of every article's split)
                ratio            %.2f (whole export / COPY), %.2f (rows / COPY)
                peak heap used   %,d MB (sampled every 20 ms; max heap %,d MB)
                diff growth      %.1f s, %,d rows, %,d bytes of JSON, peak heap %,d MB
                diff corrected   %.1f s, %,d rows, %,d bytes of JSON, peak heap %,d MB
                ========================

                """,
                ARTICLES,
                sentences,
                loadSeconds,
                firstSeconds,
                v1.rows(),
                copySeconds,
                exportSeconds,
                v2.bytes(),
                v2.rows() / exportSeconds,
                planSeconds,
                exportSeconds - planSeconds,
                exportSeconds / copySeconds,
                (exportSeconds - planSeconds) / copySeconds,
                exportPeak / 1_048_576,
                ExportData.maxHeapMb(),
                growth.seconds(),
                growth.rows(),
                growth.bytes(),
                growth.peak() / 1_048_576,
                corrections.seconds(),
                corrections.rows(),
                corrections.bytes(),
                corrections.peak() / 1_048_576);
        assertThat(v2.rows()).isEqualTo(sentences);
        assertThat(growth.rows()).isEqualTo(sentences - v1.rows());
        assertThat(corrections.rows()).isEqualTo(sentences);
    }

    record Timed(double seconds, long rows, long bytes, long peak) {}

    private Timed timeDiff(AppUser admin, long projectId, long from, long to) throws IOException {
        System.gc();
        var peak = new AtomicLong();
        var sampler = ExportData.sampleHeap(peak);
        var out = new Counting();
        var started = System.nanoTime();
        ExportBenchmarkAccess.writeDiff(diffs, admin, projectId, from, to, out);
        var seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        var counts = diffs.counts(admin, projectId, from, to);
        return new Timed(seconds, counts.total(), out.bytes, peak.get());
    }

    /** Counts what the diff writes, then forgets it. */
    private static final class Counting extends FilterOutputStream {
        long bytes;

        Counting() {
            super(OutputStream.nullOutputStream());
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            bytes += length;
        }

        @Override
        public void write(int b) {
            bytes++;
        }
    }
}
