package dev.tagbench.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of training: approved sentences with their final labels, and the sentences still
 * to be decided, read straight from the article and review tables in one query each (as the
 * export's read model does). Only articles in state APPROVED train, which includes labelled
 * datasets imported as approved; a curator's own labels are never read here, so a curator's
 * unreviewed work cannot reach a model.
 */
@Repository
class TrainingData {

    /** A sentence of an article not approved yet, for the uncertainty of active learning. */
    record OpenSentence(long articleId, long sentenceId, String text) {}

    private final JdbcClient jdbc;

    TrainingData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LabelledSentence> approved(long projectId) {
        var rows = new ArrayList<LabelledSentence>();
        jdbc.sql("""
                        select s.id, a.id, s.clean_text, f.labels from article a
                        join sentence s on s.article_id = a.id
                        join final_label f on f.sentence_id = s.id
                        where a.project_id = :p and a.state = 'APPROVED'
                        order by a.id, s.idx""").param("p", projectId).query(rs -> {
            rows.add(new LabelledSentence(rs.getLong(1), rs.getLong(2), rs.getString(3), Arrays.asList((String[])
                    rs.getArray(4).getArray())));
        });
        return rows;
    }

    /** Articles of the project not approved yet, oldest first. */
    List<Long> openArticles(long projectId) {
        return jdbc.sql("select id from article where project_id = :p and state <> 'APPROVED' order by id")
                .param("p", projectId)
                .query(Long.class)
                .list();
    }

    List<OpenSentence> sentences(List<Long> articleIds) {
        return jdbc.sql("""
                        select s.article_id, s.id, s.clean_text from sentence s
                        where s.article_id in (select unnest(cast(:ids as bigint[]))) order by s.article_id, s.idx""")
                .param("ids", articleIds.toArray(Long[]::new))
                .query((rs, row) -> new OpenSentence(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }
}
