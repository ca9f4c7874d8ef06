package dev.tagbench.review;

import dev.tagbench.annotation.HistoryEntry;
import dev.tagbench.annotation.HistoryKind;
import dev.tagbench.annotation.HistorySource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The final labels' history ({@code final_label_history}) in the timeline of the sentences' changes. */
@Repository
class FinalLabelHistory implements HistorySource {

    private final JdbcClient jdbc;

    FinalLabelHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HistoryEntry> forSentences(long articleId, String articleTitle, Collection<Long> sentenceIds) {
        return jdbc.sql("""
                        select h.changed_at, u.username, h.labels_before, h.labels_after, h.source, h.sentence_id,
                               :article, :title
                        from final_label_history h left join app_user u on u.id = h.changed_by
                        where h.sentence_id = any(cast(:sentences as bigint[]))""")
                .param("article", articleId)
                .param("title", articleTitle)
                .param("sentences", sentenceIds.toArray(Long[]::new))
                .query(FinalLabelHistory::entry)
                .list();
    }

    @Override
    public List<HistoryEntry> latest(long projectId, int limit) {
        return jdbc.sql("""
                        select h.changed_at, u.username, h.labels_before, h.labels_after, h.source, h.sentence_id,
                               a.id, a.title
                        from final_label_history h left join app_user u on u.id = h.changed_by
                        join sentence s on s.id = h.sentence_id join article a on a.id = s.article_id
                        where a.project_id = :project order by h.changed_at desc limit :limit""")
                .param("project", projectId)
                .param("limit", limit)
                .query(FinalLabelHistory::entry)
                .list();
    }

    private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        var source = rs.getString(5);
        return new HistoryEntry(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                null,
                ("SCHEMA".equals(source) ? HistoryKind.SCHEMA : HistoryKind.FINAL).key(),
                labels(rs, 3),
                labels(rs, 4),
                source,
                rs.getLong(6),
                rs.getLong(7),
                rs.getString(8),
                "final labels");
    }

    private static @Nullable List<String> labels(ResultSet rs, int column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
