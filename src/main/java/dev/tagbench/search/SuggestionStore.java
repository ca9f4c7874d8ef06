package dev.tagbench.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A manager's search stored as suggestions of a label for every sentence it finds. */
@Repository
class SuggestionStore {

    private final JdbcClient jdbc;

    SuggestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores (or renews) the suggestion for every sentence the filter finds, in one statement, and
     * counts them and those already decided without the label (a curator's decision the manager may
     * see, or the final labels).
     */
    BulkSuggestions store(SentenceFilter filter, String labelKey, String query, long projectId, long actorId) {
        return jdbc.sql(
                        "with matched as (select s.id from sentence s join article a on a.id = s.article_id where "
                                + filter.where() + "), saved as ("
                                + " insert into search_suggestion (sentence_id, label_key, project_id, query, created_by)"
                                + " select id, :key, :project, :query, :viewer from matched"
                                + " on conflict (sentence_id, label_key) do update set query = excluded.query,"
                                + " created_by = excluded.created_by, created_at = now() returning sentence_id)"
                                + " select count(*), count(*) filter (where exists (select 1 from annotation n"
                                + " where n.sentence_id = s.id and not n.labels @> cast(:keyArray as text[]) and "
                                + filter.visibleDecision() + ") or (" + filter.finals() + ") and exists (select 1"
                                + " from final_label f where f.sentence_id = s.id and not f.labels @> cast(:keyArray as text[])))"
                                + " from saved join sentence s on s.id = saved.sentence_id join article a on a.id = s.article_id")
                .params(filter.params())
                .param("key", labelKey)
                .param("keyArray", new String[] {labelKey})
                .param("query", query)
                .query((rs, row) -> new BulkSuggestions(labelKey, rs.getInt(1), rs.getInt(2)))
                .single();
    }
}
