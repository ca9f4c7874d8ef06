package dev.tagbench.search;

import dev.tagbench.suggest.LabelSuggester.Suggestion;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the stored search suggestions for {@link SearchSuggester}. A component, not a service: it acts
 * for no user; the suggestion service has checked who asks before any suggester runs.
 */
@Component
class StoredSearchSuggestions {

    private final JdbcClient jdbc;

    StoredSearchSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Suggestion> of(long projectId, Collection<Long> sentenceIds) {
        return jdbc.sql("""
                        select sentence_id, label_key, query from search_suggestion
                        where project_id = :project and sentence_id = any(cast(:ids as bigint[]))""")
                .param("project", projectId)
                .param("ids", sentenceIds.toArray(Long[]::new))
                .query((rs, row) -> new Suggestion(
                        rs.getLong(1), rs.getString(2), 1.0, "from a manager's search: " + rs.getString(3)))
                .list();
    }
}
