package dev.tagbench.article;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Structural changes to an article's sentences, each under a lock on the article row. */
@Repository
class SentenceEditRepository {

    private final JdbcClient jdbc;

    SentenceEditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sentence with its article locked, so two edits of one article never interleave. */
    Optional<LockedSentence> lock(long sentenceId) {
        var articleId = jdbc.sql("select article_id from sentence where id = :id")
                .param("id", sentenceId)
                .query(Long.class)
                .optional();
        if (articleId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("select id from article where id = :id for update")
                .param("id", articleId.get())
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        select s.id, s.article_id, a.project_id, s.idx, s.start_offset, s.end_offset
                        from sentence s join article a on a.id = s.article_id where s.id = :id for update of s""")
                .param("id", sentenceId)
                .query((rs, row) -> new LockedSentence(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    Optional<LockedSentence> next(LockedSentence sentence) {
        return jdbc.sql("""
                        select id, article_id, :project, idx, start_offset, end_offset from sentence
                        where article_id = :article and idx = :idx for update""")
                .param("project", sentence.projectId())
                .param("article", sentence.articleId())
                .param("idx", sentence.index() + 1)
                .query((rs, row) -> new LockedSentence(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    void deferIndexUniqueness() {
        jdbc.sql("set constraints sentence_article_id_idx_key deferred").update();
    }

    void shiftIndexes(long articleId, int fromIndex, int by) {
        jdbc.sql("update sentence set idx = idx + :by where article_id = :article and idx >= :from")
                .param("by", by)
                .param("article", articleId)
                .param("from", fromIndex)
                .update();
    }

    void reshape(long sentenceId, int start, int end, String text, String cleanText) {
        jdbc.sql("""
                        update sentence set start_offset = :start, end_offset = :end, text = :text, clean_text = :clean
                        where id = :id""")
                .param("start", start)
                .param("end", end)
                .param("text", text)
                .param("clean", cleanText)
                .param("id", sentenceId)
                .update();
    }

    long insert(long articleId, int index, int start, int end, String text, String cleanText) {
        return jdbc.sql("""
                        insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text)
                        values (:article, :idx, :start, :end, :text, :clean) returning id""")
                .param("article", articleId)
                .param("idx", index)
                .param("start", start)
                .param("end", end)
                .param("text", text)
                .param("clean", cleanText)
                .query(Long.class)
                .single();
    }

    void delete(long sentenceId) {
        jdbc.sql("delete from sentence where id = :id").param("id", sentenceId).update();
    }

    void countSentences(long articleId, int delta) {
        jdbc.sql("update article set sentence_count = sentence_count + :delta, version = version + 1 where id = :id")
                .param("delta", delta)
                .param("id", articleId)
                .update();
    }

    void record(long articleId, String kind, long sentenceId, long otherId, int offset, long editorId) {
        jdbc.sql("""
                        insert into sentence_edit (article_id, kind, sentence_id, other_id, at_offset, edited_by)
                        values (:article, :kind, :sentence, :other, :offset, :editor)""")
                .param("article", articleId)
                .param("kind", kind)
                .param("sentence", sentenceId)
                .param("other", otherId)
                .param("offset", offset)
                .param("editor", editorId)
                .update();
    }

    /** A sentence read under the article lock. */
    record LockedSentence(long id, long articleId, long projectId, int index, int start, int end) {}
}
