package dev.tagbench.review;

import dev.tagbench.project.LabelUses;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviewers' final labels that use labels a schema change removes. Each changed sentence gets a new
 * final-label version in the name of whoever changed the schema; the schema version records how many.
 */
@Repository
@Order(2)
class FinalLabelUses implements LabelUses {

    private final JdbcClient jdbc;

    FinalLabelUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "finalLabels";
    }

    @Override
    public String noun() {
        return "final decision";
    }

    @Override
    public Map<String, Long> count(long projectId, Set<String> keys) {
        var counts = new TreeMap<String, Long>();
        jdbc.sql("""
                        select k, count(*) from final_label f join sentence s on s.id = f.sentence_id
                        join article ar on ar.id = s.article_id cross join lateral unnest(f.labels) k
                        where ar.project_id = :project and k = any(cast(:keys as text[])) group by k""")
                .param("project", projectId)
                .param("keys", keys.toArray(String[]::new))
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public void remove(long projectId, Set<String> keys, long actorId) {
        jdbc.sql("""
                        with old as (
                            select f.sentence_id, f.labels from final_label f
                            join sentence s on s.id = f.sentence_id join article ar on ar.id = s.article_id
                            where ar.project_id = :project and f.labels && cast(:keys as text[])
                        ),
                        changed as (
                            update final_label f set version = f.version + 1, decided_by = :actor, decided_at = now(),
                                labels = array(select k from unnest(f.labels) with ordinality u(k, n)
                                               where k <> all(cast(:keys as text[])) order by n)
                            from old where f.sentence_id = old.sentence_id
                            returning f.sentence_id, f.labels
                        )
                        insert into final_label_history (sentence_id, changed_by, labels_before, labels_after, source)
                        select old.sentence_id, :actor, old.labels, changed.labels, 'SCHEMA'
                        from old join changed on changed.sentence_id = old.sentence_id""")
                .param("project", projectId)
                .param("keys", keys.toArray(String[]::new))
                .param("actor", actorId)
                .update();
    }
}
