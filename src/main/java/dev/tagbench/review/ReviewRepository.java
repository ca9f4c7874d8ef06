package dev.tagbench.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Final(List<String> labels, int version) {}

    Map<Long, Final> finals(long articleId) {
        var finals = new HashMap<Long, Final>();
        jdbc.sql("""
                        select f.sentence_id, f.labels, f.version from final_label f join sentence s on s.id = f.sentence_id
                        where s.article_id = :article""")
                .param("article", articleId)
                .query((rs, row) -> finals.put(
                        rs.getLong(1),
                        new Final(Arrays.asList((String[]) rs.getArray(2).getArray()), rs.getInt(3))))
                .list();
        return finals;
    }

    Optional<Final> lockFinal(long sentenceId) {
        return jdbc.sql("select labels, version from final_label where sentence_id = :s for update")
                .param("s", sentenceId)
                .query((rs, row) ->
                        new Final(Arrays.asList((String[]) rs.getArray(1).getArray()), rs.getInt(2)))
                .optional();
    }

    /**
     * Stores a sentence's final labels and appends the change to their history in one statement; the
     * history's "before" is what the statement found (every part of it sees the same snapshot).
     */
    int upsertFinal(long sentenceId, List<String> labels, long reviewerId, FinalSource source) {
        return jdbc.sql("""
                        with before as (select labels from final_label where sentence_id = :s),
                        saved as (
                            insert into final_label (sentence_id, labels, decided_by)
                            values (:s, string_to_array(:labels, ',')::text[], :reviewer)
                            on conflict (sentence_id) do update set labels = excluded.labels,
                                version = final_label.version + 1, decided_by = excluded.decided_by, decided_at = now()
                            returning labels, version
                        ),
                        logged as (
                            insert into final_label_history (sentence_id, changed_by, labels_before, labels_after, source)
                            select :s, :reviewer, (select labels from before), saved.labels, :source from saved
                        )
                        select version from saved""")
                .param("s", sentenceId)
                .param("labels", String.join(",", labels))
                .param("reviewer", reviewerId)
                .param("source", source.name())
                .query(Integer.class)
                .single();
    }

    /** Where a final label came from, as its history records it. */
    enum FinalSource {
        /** A reviewer decided. */
        REVIEW,
        /** The curators agreed, and starting the review took their labels over. */
        AGREED,
        /** A labelled dataset was imported back. */
        IMPORT
    }

    void insertFinalIfAbsent(long sentenceId, List<String> labels, long reviewerId) {
        jdbc.sql("""
                        with saved as (
                            insert into final_label (sentence_id, labels, decided_by)
                            values (:s, string_to_array(:labels, ',')::text[], :reviewer) on conflict do nothing
                            returning labels
                        )
                        insert into final_label_history (sentence_id, changed_by, labels_after, source)
                        select :s, :reviewer, saved.labels, 'AGREED' from saved""")
                .param("s", sentenceId)
                .param("labels", String.join(",", labels))
                .param("reviewer", reviewerId)
                .update();
    }

    Map<Long, List<ReviewSheet.Comment>> comments(long articleId) {
        var comments = new HashMap<Long, List<ReviewSheet.Comment>>();
        jdbc.sql("""
                        select c.sentence_id, u.username, c.body, c.created_at from review_comment c
                        join sentence s on s.id = c.sentence_id join app_user u on u.id = c.author_id
                        where s.article_id = :article order by c.id""")
                .param("article", articleId)
                .query((rs, row) -> comments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new ReviewSheet.Comment(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant())))
                .list();
        return comments;
    }

    void addComment(long sentenceId, long authorId, String body) {
        jdbc.sql("insert into review_comment (sentence_id, author_id, body) values (:s, :author, :body)")
                .param("s", sentenceId)
                .param("author", authorId)
                .param("body", body)
                .update();
    }
}
