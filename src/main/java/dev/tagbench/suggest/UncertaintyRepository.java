package dev.tagbench.suggest;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How unsure the latest model is about each article not approved yet. */
@Repository
class UncertaintyRepository {

    private final JdbcClient jdbc;

    UncertaintyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long projectId, UncertainArticle article, String modelVersion) {
        jdbc.sql("""
                        insert into article_uncertainty (article_id, project_id, sentence_id, uncertainty, model_version)
                        values (:a, :p, :s, :u, :m)
                        on conflict (article_id) do update set sentence_id = excluded.sentence_id,
                            uncertainty = excluded.uncertainty, model_version = excluded.model_version, computed_at = now()""")
                .param("a", article.articleId())
                .param("p", projectId)
                .param("s", article.sentenceId())
                .param("u", article.uncertainty())
                .param("m", modelVersion)
                .update();
    }

    /** Articles not approved yet, most uncertain first, ties broken by age (oldest first). */
    List<UncertainArticle> ranked(long projectId, int limit) {
        return jdbc.sql("""
                        select u.article_id, u.sentence_id, u.uncertainty from article_uncertainty u
                        join article a on a.id = u.article_id
                        where u.project_id = :p and a.state <> 'APPROVED'
                        order by u.uncertainty desc, u.article_id limit :limit""")
                .param("p", projectId)
                .param("limit", limit)
                .query((rs, row) -> new UncertainArticle(rs.getLong(1), rs.getLong(2), rs.getDouble(3)))
                .list();
    }

    /** Articles that can still take curators, most uncertain first: the order of Next article. */
    List<Long> preferred(long projectId, int limit) {
        return jdbc.sql("""
                        select u.article_id from article_uncertainty u join article a on a.id = u.article_id
                        where u.project_id = :p and a.state in ('NEW', 'IN_PROGRESS')
                        order by u.uncertainty desc, u.article_id limit :limit""")
                .param("p", projectId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}
