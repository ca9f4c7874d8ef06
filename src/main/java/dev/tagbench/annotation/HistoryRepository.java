package dev.tagbench.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records each change of a curator's labels, and reads the recorded changes of curators' labels,
 * sentence boundaries and article states. Every read starts from an index (sentence, article, or time for the feed), so opening an article never scans a
 * history table.
 */
@Repository
class HistoryRepository {

    /** Columns of every history query, in the order {@link #entry} reads them. */
    private static final String LABEL_ROWS = """
            select h.changed_at, cb.username as actor, u.username as annotator,
                   case h.source when 'SCHEMA' then 'schema' when 'SPLIT' then 'split' when 'MERGE' then 'merge'
                        else 'label' end as kind,
                   h.labels_before, h.labels_after, h.source, h.sentence_id, %s as article_id, %s as title,
                   null::text as detail, h.id as seq
            from annotation_history h join app_user cb on cb.id = h.changed_by join app_user u on u.id = h.user_id
            """;

    private static final String EDIT_ROWS = """
            select e.edited_at, u.username, null, lower(e.kind), null::text[], null::text[], e.kind, e.sentence_id,
                   a.id, a.title,
                   case e.kind when 'SPLIT' then 'split at character ' || e.at_offset || '; the second part is sentence '
                                                 || e.other_id
                               else 'sentence ' || e.other_id || ' merged into sentence ' || e.sentence_id end,
                   e.id
            from sentence_edit e join article a on a.id = e.article_id left join app_user u on u.id = e.edited_by
            """;

    private static final String STATE_ROWS = """
            select c.changed_at, u.username, null, 'state', array[c.from_state], array[c.to_state], 'WORKFLOW',
                   null::bigint, a.id, a.title, c.comment, c.id
            from article_state_change c join article a on a.id = c.article_id left join app_user u on u.id = c.changed_by
            """;

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a change of a curator's decision; the table takes no updates or deletes. */
    void appendHistory(
            long sentenceId,
            long userId,
            long changedBy,
            @Nullable List<String> before,
            @Nullable List<String> after,
            ChangeSource source) {
        jdbc.sql("""
                        insert into annotation_history (sentence_id, user_id, changed_by, labels_before, labels_after, source)
                        values (:sentence, :user, :changedBy,
                                case when :hasBefore then string_to_array(:before, ',')::text[] end,
                                case when :hasAfter then string_to_array(:after, ',')::text[] end, :source)""")
                .param("sentence", sentenceId)
                .param("user", userId)
                .param("changedBy", changedBy)
                .param("hasBefore", before != null)
                .param("before", before == null ? "" : String.join(",", before))
                .param("hasAfter", after != null)
                .param("after", after == null ? "" : String.join(",", after))
                .param("source", source.name())
                .update();
    }

    /** A sentence's label changes, its splits and merges, and its article's state changes. */
    List<HistoryEntry> forSentence(long articleId, long sentenceId, @Nullable Long onlyAnnotator) {
        return jdbc.sql(LABEL_ROWS.formatted(":article", "(select title from article where id = :article)")
                        + " where h.sentence_id = :sentence and (cast(:only as bigint) is null or h.user_id = :only)"
                        + " union all " + EDIT_ROWS + " where e.sentence_id = :sentence or e.other_id = :sentence"
                        + " union all " + STATE_ROWS + " where c.article_id = :article"
                        + " order by 1, 12")
                .param("article", articleId)
                .param("sentence", sentenceId)
                .param("only", onlyAnnotator)
                .query(HistoryRepository::entry)
                .list();
    }

    /** The article of a sentence that a merge deleted, if {@code sentenceId} is one. */
    Optional<Long> mergedAwayFrom(long sentenceId) {
        return jdbc.sql("select article_id from sentence_edit where other_id = :sentence and kind = 'MERGE'"
                        + " and not exists (select 1 from sentence where id = :sentence) limit 1")
                .param("sentence", sentenceId)
                .query(Long.class)
                .optional();
    }

    /** The article's history: every change of its present sentences, its edits and states, oldest first. */
    List<HistoryEntry> forArticle(long articleId, @Nullable Long onlyAnnotator, int limit) {
        return jdbc.sql("select * from ("
                        + LABEL_ROWS.formatted(":article", "(select title from article where id = :article)")
                        + " where h.sentence_id in (select id from sentence where article_id = :article)"
                        + " and (cast(:only as bigint) is null or h.user_id = :only)"
                        + " union all " + EDIT_ROWS + " where e.article_id = :article"
                        + " union all " + STATE_ROWS + " where c.article_id = :article"
                        + " order by 1 desc, 12 desc limit :limit) latest order by 1, 12")
                .param("article", articleId)
                .param("only", onlyAnnotator)
                .param("limit", limit)
                .query(HistoryRepository::entry)
                .list();
    }

    /**
     * The project's latest changes, newest first, at most {@code limit}; on the articles in
     * {@code ownOnly} only the viewer's own label changes. Each part reads its table's time index
     * backwards and stops at the limit.
     */
    List<HistoryEntry> latest(long projectId, long viewerId, Set<Long> ownOnly, int limit) {
        return jdbc.sql("(" + LABEL_ROWS.formatted("a.id", "a.title")
                        + " join sentence s on s.id = h.sentence_id join article a on a.id = s.article_id"
                        + " where a.project_id = :project"
                        + " and (h.user_id = :viewer or a.id <> all(cast(:ownOnly as bigint[])))"
                        + " order by h.changed_at desc limit :limit)"
                        + " union all (" + EDIT_ROWS + " where a.project_id = :project"
                        + " order by e.edited_at desc limit :limit)"
                        + " union all (" + STATE_ROWS + " where a.project_id = :project"
                        + " order by c.changed_at desc limit :limit)"
                        + " order by 1 desc, 12 desc limit :limit")
                .param("project", projectId)
                .param("viewer", viewerId)
                .param("ownOnly", ownOnly.toArray(Long[]::new))
                .param("limit", limit)
                .query(HistoryRepository::entry)
                .list();
    }

    static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        var sentence = rs.getLong(8);
        var noSentence = rs.wasNull();
        return new HistoryEntry(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                labels(rs, 5),
                labels(rs, 6),
                rs.getString(7),
                noSentence ? null : sentence,
                rs.getLong(9),
                rs.getString(10),
                rs.getString(11));
    }

    static @Nullable List<String> labels(ResultSet rs, int column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
