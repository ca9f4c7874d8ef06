package dev.tagbench.search;

import dev.tagbench.article.ArticleState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search read model: one statement per question over sentences, articles, labels and suggestions,
 * as the export's read model does, because search is the hot path across features' tables. Words are
 * found through the GIN index on {@code sentence.search_vector}.
 */
@Repository
class SearchRepository {

    /**
     * ts_headline's markers around each hit: control characters that clean text never holds, so the
     * view can split on them and show every piece as text (no HTML is ever built from sentence text).
     */
    static final char START = '\u0002';

    static final char STOP = '\u0003';

    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

    private static final String QUERY = "websearch_to_tsquery('" + SentenceFilter.CONFIGURATION + "', :q)";

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many lexemes PostgreSQL reads from the words: 0 when they are only stop words or signs. */
    int lexemes(String words) {
        return jdbc.sql("select numnode(" + QUERY + ")")
                .param("q", words)
                .query(Integer.class)
                .single();
    }

    /** How many sentences match, counted up to {@code cap}: a search need not count what no page reaches. */
    int count(SentenceFilter filter, int cap) {
        return jdbc.sql("select count(*) from (select 1 from sentence s join article a on a.id = s.article_id where "
                        + filter.where() + " limit :cap) found")
                .params(filter.params())
                .param("cap", cap)
                .query(Integer.class)
                .single();
    }

    /**
     * One page of hits, best first (by rank when there are words) or in article order. The indexed
     * conditions pick and order a window of the best candidates first (a top-N sort, however many
     * sentences the words find); the conditions on labels, curators and suggestions are then checked
     * sentence by sentence in that order and stop once the page is full. Only when they drop so many
     * that the window cannot fill the page are all candidates ordered. Texts are read for the page's
     * sentences alone.
     */
    List<Row> page(SentenceFilter filter, boolean byRank, int offset, int limit) {
        var window = 2 * (offset + limit) + 100;
        var found = page(filter, byRank, offset, limit, window);
        return found.rows().size() < limit && found.considered() == window
                ? page(filter, byRank, offset, limit, null).rows()
                : found.rows();
    }

    private record Found(List<Row> rows, long considered) {}

    private Found page(SentenceFilter filter, boolean byRank, int offset, int limit, @Nullable Integer window) {
        var words = filter.params().containsKey("q");
        var rank = words ? "ts_rank(s.search_vector, " + QUERY + ")" : "0";
        var byWords = byRank && words;
        var considered = new long[] {0};
        var rows = new ArrayList<Row>();
        // The late conditions name s.id, a.id and a.state: the ordered rows provide them as s and a.
        // "offset 0" keeps the project's articles joined before the sort, so the sort can keep only the
        // window (a top-N sort in memory) instead of sorting every candidate and joining afterwards.
        var statement = jdbc.sql(
                        "with ordered as materialized (select * from (select s.id, s.article_id, s.idx, a.state, "
                                + rank
                                + " as rank from sentence s join article a on a.id = s.article_id where "
                                + filter.early()
                                + " offset 0) candidate order by " + order("", byWords) + " limit "
                                + (window == null ? "all" : ":window") + ")"
                                + " select p.id, p.article_id, t.title, p.idx, x.clean_text, p.state, p.rank, "
                                + (words
                                        ? "ts_headline('" + SentenceFilter.CONFIGURATION + "', x.clean_text, " + QUERY
                                                + ", :headline)"
                                        : "x.clean_text")
                                + ", c.considered from (select count(*) as considered from ordered) c"
                                + " left join (select s.id, s.article_id, s.idx, s.state, s.rank from ordered s"
                                + " cross join lateral (select s.article_id as id, s.state) a where " + filter.late()
                                + " order by " + order("s.", byWords) + " limit :limit offset :offset) p on true"
                                + " left join sentence x on x.id = p.id left join article t on t.id = p.article_id"
                                + " order by " + order("p.", byWords))
                .params(filter.params())
                .param("headline", HEADLINE)
                .param("limit", limit)
                .param("offset", offset);
        (window == null ? statement : statement.param("window", window)).query(rs -> {
            considered[0] = rs.getLong(9);
            // The page is empty when the window holds no hit: one row with the count alone.
            if (rs.getObject(1) != null) {
                rows.add(row(rs, rows.size()));
            }
        });
        return new Found(rows, considered[0]);
    }

    private static String order(String table, boolean byRank) {
        var inArticles = table + "article_id, " + table + "idx";
        return byRank ? table + "rank desc, " + inArticles : inArticles;
    }

    /** The hits with these ids, highlighted when there are words; in any order. */
    List<Row> rows(SentenceFilter filter, Collection<Long> ids) {
        var words = filter.params().containsKey("q");
        return jdbc.sql(
                        "select s.id, s.article_id, a.title, s.idx, s.clean_text, a.state, 0, "
                                + (words
                                        ? "ts_headline('" + SentenceFilter.CONFIGURATION + "', s.clean_text, " + QUERY
                                                + ", :headline)"
                                        : "s.clean_text")
                                + " from sentence s join article a on a.id = s.article_id where s.id = any(cast(:ids as bigint[]))")
                .params(words ? Map.of("q", filter.params().get("q")) : Map.of())
                .param("headline", HEADLINE)
                .param("ids", ids.toArray(Long[]::new))
                .query(SearchRepository::row)
                .list();
    }

    /**
     * Streams the filtered sentences with their stored vector of the model (null when none is stored),
     * from a cursor: memory stays bounded whatever the project's size.
     */
    void vectors(SentenceFilter filter, long except, String model, BiConsumer<Long, byte @Nullable []> consumer) {
        jdbc.sql("select s.id, e.vector from sentence s join article a on a.id = s.article_id"
                        + " left join sentence_embedding e on e.model_version = :model"
                        + " and e.text_hash = sha256(convert_to(s.clean_text, 'UTF8'))"
                        + " where s.id <> :except and " + filter.where())
                .params(filter.params())
                .param("model", model)
                .param("except", except)
                .query(rs -> {
                    consumer.accept(rs.getLong(1), rs.getBytes(2));
                });
    }

    /** A sentence's clean text and article, if it is in the project. */
    @Nullable
    String textIn(long projectId, long sentenceId) {
        return jdbc.sql("select s.clean_text from sentence s join article a on a.id = s.article_id"
                        + " where s.id = :id and a.project_id = :project")
                .param("id", sentenceId)
                .param("project", projectId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Every curator's decision and the final labels of these sentences. */
    Map<Long, Decisions> decisions(Collection<Long> sentenceIds) {
        var result = new HashMap<Long, Decisions>();
        var ids = sentenceIds.toArray(Long[]::new);
        jdbc.sql("select sentence_id, user_id, labels from annotation where sentence_id = any(cast(:ids as bigint[]))")
                .param("ids", ids)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new Decisions(new HashMap<>(), null))
                            .byCurator()
                            .put(rs.getLong(2), labels(rs, 3));
                });
        jdbc.sql("select sentence_id, labels from final_label where sentence_id = any(cast(:ids as bigint[]))")
                .param("ids", ids)
                .query(rs -> {
                    var id = rs.getLong(1);
                    var found = result.get(id);
                    result.put(id, new Decisions(found == null ? new HashMap<>() : found.byCurator(), labels(rs, 2)));
                });
        return result;
    }

    /** The decisions on one sentence: by curator id, and the final labels if any. */
    record Decisions(
            Map<Long, List<String>> byCurator, @Nullable List<String> finals) {}

    /** A hit as read; {@code headline} carries the markers around hits. */
    record Row(
            long sentenceId,
            long articleId,
            String title,
            int index,
            String text,
            ArticleState state,
            double rank,
            String headline) {}

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                ArticleState.valueOf(rs.getString(6)),
                rs.getDouble(7),
                rs.getString(8));
    }

    private static List<String> labels(ResultSet rs, int column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
