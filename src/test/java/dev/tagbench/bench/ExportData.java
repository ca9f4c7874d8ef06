package dev.tagbench.bench;

import dev.tagbench.export.ExportBenchmarkAccess;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads approved articles straight into PostgreSQL for the export benchmarks (40 sentences each, two
 * curators' labels, final labels), simulates corrections, times the raw COPY floor and samples the heap.
 */
final class ExportData {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ExportData(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Articles numbered {@code from} to {@code to}, approved, with sentences, curators' and final labels. */
    void load(long projectId, long reviewerId, long curatorA, long curatorB, int from, int to) {
        jdbc.sql("""
                        insert into article (project_id, title, original_text, content_hash, importer_id, segmenter_id,
                                             state, sentence_count, approved_by, approved_at)
                        select :project, 'Generated article ' || g, repeat('Text of the article. ', 120),
                               md5(g::text) || md5((g + 7)::text), 'bench', 'icu-news', 'APPROVED', 40, :reviewer,
                               timestamptz '2026-01-01' + g * interval '1 minute'
                        from generate_series(:from, :to) g""")
                .param("project", projectId)
                .param("reviewer", reviewerId)
                .param("from", from)
                .param("to", to)
                .update();
        var fresh = "(select id from article where project_id = :project and title in "
                + "(select 'Generated article ' || g from generate_series(:from, :to) g))";
        jdbc.sql("""
                        insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text)
                        select a.id, i, i * 60, i * 60 + 58, t, t
                        from article a, generate_series(0, 39) i,
                             lateral (select 'Officials said ' || (a.id * 40 + i) || ' troops moved towards the border.' as t) x
                        where a.id in """ + fresh)
                .param("project", projectId)
                .param("from", from)
                .param("to", to)
                .update();
        jdbc.sql("""
                        insert into final_label (sentence_id, labels, decided_by)
                        select s.id, case s.id % 4 when 0 then '{pledge}' when 1 then '{troop_claim}'
                                                   when 2 then '{attack_report,troop_claim}' else '{}' end::text[], :reviewer
                        from sentence s where s.article_id in """ + fresh)
                .param("project", projectId)
                .param("reviewer", reviewerId)
                .param("from", from)
                .param("to", to)
                .update();
        for (var curator : new long[] {curatorA, curatorB}) {
            jdbc.sql("insert into assignment (article_id, user_id, status, submitted_at) select id, :user, "
                            + "'SUBMITTED', now() from article where id in " + fresh)
                    .param("user", curator)
                    .param("project", projectId)
                    .param("from", from)
                    .param("to", to)
                    .update();
            jdbc.sql("""
                            insert into annotation (sentence_id, user_id, labels)
                            select f.sentence_id, :user, case when (f.sentence_id + :user) % 5 = 0 then '{}' else f.labels end
                            from final_label f join sentence s on s.id = f.sentence_id
                            where s.article_id in """ + fresh)
                    .param("user", curator)
                    .param("project", projectId)
                    .param("from", from)
                    .param("to", to)
                    .update();
        }
        // Labels gave the sentences their label keys, a second row version each: measured after
        // autovacuum, as a working database is, not with a table of dead rows.
        jdbc.sql("vacuum analyze").update();
    }

    /**
     * Every approved article corrected, as a return to review and a new approval would leave it:
     * its exported rows archived, a new approval time, other final labels.
     */
    void correctAll(long projectId) {
        jdbc.sql("insert into approval_archive (article_id, approved_at, sentence_id, idx, start_offset, end_offset,"
                        + " text, labels, curator_names, curator_labels, reviewer)"
                        + " select q.article_id, q.approved_at, q.id, q.idx, q.start_offset, q.end_offset, q.clean_text,"
                        + " q.labels, q.names, q.curator_labels, q.reviewer from ("
                        + ExportBenchmarkAccess.liveRows() + " where a.project_id = :project) q")
                .param("project", projectId)
                .update();
        jdbc.sql("update article set approved_at = approved_at + interval '1 day' where project_id = :project")
                .param("project", projectId)
                .update();
        jdbc.sql("""
                        update final_label f set labels = case when cardinality(f.labels) = 0 then '{pledge}'
                                                               else '{}' end::text[]
                        from sentence s join article a on a.id = s.article_id
                        where s.id = f.sentence_id and a.project_id = :project""").param("project", projectId).update();
        jdbc.sql("vacuum analyze").update();
    }

    double timeCopy(long projectId) throws Exception {
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

    /** Samples the used heap every 20 ms into {@code peak} until interrupted. */
    static Thread sampleHeap(AtomicLong peak) {
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

    static long maxHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1_048_576;
    }
}
