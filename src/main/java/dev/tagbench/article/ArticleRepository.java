package dev.tagbench.article;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ArticleRepository {

    private static final TypeReference<List<RemovedRegion>> REMOVALS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;

    ArticleRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    List<ArticleSummary> page(long projectId, ArticleSort sort, int offset, int limit) {
        return jdbc.sql("select id, title, published_on, sentence_count, state from article "
                        + "where project_id = :project order by " + sort.orderBy + " offset :offset limit :limit")
                .param("project", projectId)
                .param("offset", offset)
                .param("limit", limit)
                .query(ArticleRepository::summary)
                .list();
    }

    List<ArticleSummary> inStates(long projectId, List<String> states) {
        return jdbc.sql("select id, title, published_on, sentence_count, state from article "
                        + "where project_id = :project and state = any(:states) order by id")
                .param("project", projectId)
                .param("states", states.toArray(String[]::new))
                .query(ArticleRepository::summary)
                .list();
    }

    Map<ArticleState, Integer> countByState(long projectId) {
        var counts = new EnumMap<ArticleState, Integer>(ArticleState.class);
        for (var state : ArticleState.values()) {
            counts.put(state, 0);
        }
        jdbc.sql("select state, count(*) from article where project_id = :project group by state")
                .param("project", projectId)
                .query((rs, row) -> counts.put(ArticleState.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    int count(long projectId) {
        return jdbc.sql("select count(*) from article where project_id = :project")
                .param("project", projectId)
                .query(Integer.class)
                .single();
    }

    Optional<Long> projectOf(long articleId) {
        return jdbc.sql("select project_id from article where id = :id")
                .param("id", articleId)
                .query(Long.class)
                .optional();
    }

    Optional<Article> find(long articleId) {
        return jdbc.sql("""
                        select id, project_id, title, published_on, source, url, original_text, state, segmenter_id,
                               removals::text as removals
                        from article where id = :id""")
                .param("id", articleId)
                .query((rs, row) -> new Article(
                        rs.getLong("id"),
                        rs.getLong("project_id"),
                        rs.getString("title"),
                        localDate(rs.getDate("published_on")),
                        rs.getString("source"),
                        rs.getString("url"),
                        rs.getString("original_text"),
                        ArticleState.valueOf(rs.getString("state")),
                        rs.getString("segmenter_id"),
                        List.of(),
                        json.readValue(rs.getString("removals"), REMOVALS)))
                .optional()
                .map(article -> new Article(
                        article.id(),
                        article.projectId(),
                        article.title(),
                        article.publishedOn(),
                        article.source(),
                        article.url(),
                        article.text(),
                        article.state(),
                        article.segmenterId(),
                        sentences(articleId),
                        article.removals()));
    }

    List<Sentence> sentences(long articleId) {
        return jdbc.sql("""
                        select id, idx, start_offset, end_offset, text, clean_text from sentence
                        where article_id = :article order by idx""")
                .param("article", articleId)
                .query(ArticleRepository::sentence)
                .list();
    }

    /**
     * The article with at most {@code limit} of its sentences from index {@code offset} on; its text
     * and removals only when {@code withText}, so later pages of a long article do not read it again.
     */
    Optional<ArticlePage> page(long articleId, int offset, int limit, boolean withText) {
        return jdbc.sql("""
                        select id, project_id, title, published_on, source, state, sentence_count,
                               case when :withText then original_text end as original_text,
                               case when :withText then removals::text end as removals
                        from article where id = :id""")
                .param("id", articleId)
                .param("withText", withText)
                .query((rs, row) -> new ArticlePage(
                        rs.getLong("id"),
                        rs.getLong("project_id"),
                        rs.getString("title"),
                        localDate(rs.getDate("published_on")),
                        rs.getString("source"),
                        ArticleState.valueOf(rs.getString("state")),
                        rs.getInt("sentence_count"),
                        offset,
                        rs.getString("original_text"),
                        withText ? json.readValue(rs.getString("removals"), REMOVALS) : null,
                        sentences(articleId, offset, limit)))
                .optional();
    }

    private List<Sentence> sentences(long articleId, int offset, int limit) {
        return jdbc.sql("""
                        select id, idx, start_offset, end_offset, text, clean_text from sentence
                        where article_id = :article and idx >= :offset order by idx limit :limit""")
                .param("article", articleId)
                .param("offset", offset)
                .param("limit", limit)
                .query(ArticleRepository::sentence)
                .list();
    }

    Optional<SentenceRef> sentenceRef(long sentenceId) {
        return jdbc.sql("""
                        select s.id, s.article_id, a.project_id from sentence s join article a on a.id = s.article_id
                        where s.id = :id""")
                .param("id", sentenceId)
                .query((rs, row) -> new SentenceRef(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .optional();
    }

    Optional<Long> findByHash(long projectId, String contentHash) {
        return jdbc.sql("select id from article where project_id = :project and content_hash = :hash")
                .param("project", projectId)
                .param("hash", contentHash)
                .query(Long.class)
                .optional();
    }

    /**
     * Inserts articles with their sentences; an article whose content the project already has is
     * skipped (empty in the result, also under concurrent imports). All sentences go in one batch,
     * which the driver rewrites into multi-row inserts.
     */
    List<Optional<Long>> insertAll(List<NewArticle> articles, long importedBy) {
        var ids = new ArrayList<Optional<Long>>(articles.size());
        var rows = new ArrayList<SentenceRow>();
        for (var article : articles) {
            var id = insertArticle(article, importedBy);
            ids.add(id);
            id.ifPresent(articleId -> {
                for (var index = 0; index < article.sentences().size(); index++) {
                    rows.add(new SentenceRow(
                            articleId, index, article.sentences().get(index), article.text()));
                }
            });
        }
        jdbcTemplate.batchUpdate("""
                        insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text)
                        values (?, ?, ?, ?, ?, ?)""", rows, 1000, (statement, row) -> {
            statement.setLong(1, row.articleId());
            statement.setInt(2, row.index());
            statement.setInt(3, row.span().start());
            statement.setInt(4, row.span().end());
            statement.setString(
                    5, row.text().substring(row.span().start(), row.span().end()));
            statement.setString(6, row.span().cleanText());
        });
        return ids;
    }

    private record SentenceRow(long articleId, int index, NewArticle.SentenceSpan span, String text) {}

    private Optional<Long> insertArticle(NewArticle article, long importedBy) {
        return jdbc.sql("""
                        insert into article (project_id, title, published_on, source, url, file_name, original_text,
                                             content_hash, importer_id, segmenter_id, removals, metadata,
                                             sentence_count, imported_by)
                        values (:project, :title, :publishedOn, :source, :url, :fileName, :text, :hash, :importer,
                                :segmenter, cast(:removals as jsonb), cast(:metadata as jsonb), :count, :importedBy)
                        on conflict (project_id, content_hash) do nothing
                        returning id""")
                .param("project", article.projectId())
                .param("title", article.title())
                .param("publishedOn", article.publishedOn())
                .param("source", article.source())
                .param("url", article.url())
                .param("fileName", article.fileName())
                .param("text", article.text())
                .param("hash", article.contentHash())
                .param("importer", article.importerId())
                .param("segmenter", article.segmenterId())
                .param("removals", json.writeValueAsString(article.removals()))
                .param("metadata", json.writeValueAsString(article.metadata()))
                .param("count", article.sentences().size())
                .param("importedBy", importedBy)
                .query(Long.class)
                .optional();
    }

    private static Sentence sentence(ResultSet rs, int row) throws SQLException {
        return new Sentence(
                rs.getLong("id"),
                rs.getInt("idx"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("text"),
                rs.getString("clean_text"));
    }

    private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getString("title"),
                localDate(rs.getDate("published_on")),
                rs.getInt("sentence_count"),
                ArticleState.valueOf(rs.getString("state")));
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
