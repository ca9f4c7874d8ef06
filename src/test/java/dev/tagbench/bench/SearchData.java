package dev.tagbench.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLException;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk SQL for {@link SearchBenchmark}: the sentences of a {@link SearchCorpus} with the labels it
 * gives them, one curator in eleven disagreeing, and a history row for every curator's decision.
 */
final class SearchData {

    /** A sentence and its article. */
    record Busy(long sentenceId, long articleId) {}

    private static final String N = "(s.article_id * 40 + s.idx)";

    private SearchData() {}

    /**
     * Three in ten articles approved with final labels, four in ten in progress; curators label both.
     * The corpus's vocabulary must be stored first ({@link SearchCorpus#storeVocabulary}).
     */
    static void load(
            JdbcClient jdbc,
            SearchCorpus corpus,
            long projectId,
            int articles,
            long curatorA,
            long curatorB,
            long reviewer) {
        jdbc.sql("""
                        insert into article (project_id, title, original_text, content_hash, importer_id, segmenter_id,
                                             state, sentence_count, approved_by, approved_at, published_on)
                        select :project, 'Generated article ' || g, repeat('Text of the article. ', 120),
                               md5(:project || '-' || g) || md5(g::text), 'bench', 'icu-news',
                               case when g % 10 < 3 then 'APPROVED' when g % 10 < 7 then 'IN_PROGRESS' else 'NEW' end,
                               40, case when g % 10 < 3 then :reviewer end,
                               case when g % 10 < 3 then timestamptz '2026-01-01' + g * interval '1 minute' end,
                               date '2024-01-01' + g % 365
                        from generate_series(1, :articles) g""")
                .param("project", projectId)
                .param("reviewer", reviewer)
                .param("articles", articles)
                .update();
        jdbc.sql("insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text)"
                        + " select a.id, i, i * 60, i * 60 + 58, t, t from article a, generate_series(0, 39) i,"
                        + " lateral (select " + corpus.text("(a.id * 40 + i)")
                        + " as t) x where a.project_id = :project")
                .param("project", projectId)
                .update();
        jdbc.sql("insert into final_label (sentence_id, labels, decided_by) select s.id, " + corpus.labels(N)
                        + ", :reviewer from sentence s join article a on a.id = s.article_id"
                        + " where a.project_id = :project and a.state = 'APPROVED'")
                .param("project", projectId)
                .param("reviewer", reviewer)
                .update();
        for (var curator : new long[] {curatorA, curatorB}) {
            jdbc.sql("""
                            insert into assignment (article_id, user_id, status, submitted_at)
                            select id, :user, case state when 'APPROVED' then 'SUBMITTED' else 'ASSIGNED' end,
                                   case state when 'APPROVED' then now() end
                            from article where project_id = :project and state in ('APPROVED', 'IN_PROGRESS')""").param("user", curator).param("project", projectId).update();
            // The second curator leaves out the label on one sentence in eleven: a disagreement.
            var labels = curator == curatorB
                    ? "case when " + N + " % 11 = 0 then '{}'::text[] else " + corpus.labels(N) + " end"
                    : corpus.labels(N);
            var decided = " from sentence s join article a on a.id = s.article_id"
                    + " where a.project_id = :project and a.state in ('APPROVED', 'IN_PROGRESS')";
            jdbc.sql("insert into annotation (sentence_id, user_id, labels) select s.id, :user, " + labels + decided)
                    .param("user", curator)
                    .param("project", projectId)
                    .update();
            jdbc.sql("insert into annotation_history (sentence_id, user_id, changed_by, changed_at, labels_before,"
                            + " labels_after, source) select s.id, :user, :user,"
                            + " timestamptz '2026-01-01' + s.id * interval '1 second', null, " + labels + ", 'UI'"
                            + decided)
                    .param("user", curator)
                    .param("project", projectId)
                    .update();
        }
    }

    /** A sentence of an article in progress that its two curators changed {@code changes} times in all. */
    static Busy busySentence(JdbcClient jdbc, long projectId, long curatorA, long curatorB, int changes) {
        var busy = jdbc.sql("select s.id, s.article_id from sentence s join article a on a.id = s.article_id"
                        + " where a.project_id = :project and a.state = 'IN_PROGRESS' order by s.id limit 1")
                .param("project", projectId)
                .query((rs, row) -> new Busy(rs.getLong(1), rs.getLong(2)))
                .single();
        jdbc.sql("""
                        insert into annotation_history (sentence_id, user_id, changed_by, changed_at, labels_before,
                                                        labels_after, source)
                        select :sentence, case when g % 2 = 0 then :a else :b end, case when g % 2 = 0 then :a else :b end,
                               timestamptz '2026-06-01' + g * interval '1 minute',
                               case when g % 4 < 2 then '{pledge}' else '{troop_claim}' end::text[],
                               case when g % 4 < 2 then '{troop_claim}' else '{pledge}' end::text[],
                               (array['UI', 'API', 'UNDO', 'SUGGESTION'])[1 + g % 4]
                        from generate_series(1, :changes) g""")
                .param("sentence", busy.sentenceId())
                .param("a", curatorA)
                .param("b", curatorB)
                .param("changes", changes)
                .update();
        return busy;
    }

    /**
     * Random unit-free vectors, stored as the encoder stores them (little-endian floats), for every
     * sentence text of the project not stored yet, under the model of the vector already stored.
     *
     * @return how many were stored
     */
    static int randomVectors(JdbcClient jdbc, DataSource dataSource, long projectId, Random random)
            throws SQLException {
        var model = jdbc.sql("select model_version, length(vector) / 4 from sentence_embedding limit 1")
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2)})
                .single();
        var version = (String) model[0];
        var dimensions = (int) model[1];
        var hashes = jdbc.sql("select distinct sha256(convert_to(s.clean_text, 'UTF8')) from sentence s"
                        + " join article a on a.id = s.article_id where a.project_id = :project")
                .param("project", projectId)
                .query((rs, row) -> rs.getBytes(1))
                .list();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into sentence_embedding (model_version, text_hash,"
                        + " vector) values (?, ?, ?) on conflict do nothing")) {
            connection.setAutoCommit(false);
            var buffer = ByteBuffer.allocate(dimensions * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (var i = 0; i < hashes.size(); i++) {
                buffer.clear();
                for (var d = 0; d < dimensions; d++) {
                    buffer.putFloat((float) random.nextGaussian());
                }
                insert.setString(1, version);
                insert.setBytes(2, hashes.get(i));
                insert.setBytes(3, buffer.array().clone());
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return hashes.size();
    }
}
