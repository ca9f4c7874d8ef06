package dev.tagbench.annotation;

import dev.tagbench.project.LabelUses;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Curators' decisions that use labels a schema change removes. Each decision that loses a label
 * gets a new version and a history row with source SCHEMA, like any other change of it.
 */
@Repository
@Order(1)
class AnnotationLabelUses implements LabelUses {

    private final JdbcClient jdbc;

    AnnotationLabelUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "annotations";
    }

    @Override
    public String noun() {
        return "curator decision";
    }

    @Override
    public Map<String, Long> count(long projectId, Set<String> keys) {
        var counts = new TreeMap<String, Long>();
        jdbc.sql("""
                        select k, count(*) from annotation a join sentence s on s.id = a.sentence_id
                        join article ar on ar.id = s.article_id cross join lateral unnest(a.labels) k
                        where ar.project_id = :project and k = any(cast(:keys as text[])) group by k""")
                .param("project", projectId)
                .param("keys", keys.toArray(String[]::new))
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public void remove(long projectId, Set<String> keys, long actorId) {
        // One statement: the rows as they were (locked), the update, and their history. All parts see
        // the same snapshot, so each new version counts the history rows from before this change.
        jdbc.sql("""
                        with old as (
                            select a.id, a.sentence_id, a.user_id, a.labels,
                                   array(select k from unnest(a.labels) with ordinality u(k, n)
                                         where k <> all(cast(:keys as text[])) order by n) as kept
                            from annotation a join sentence s on s.id = a.sentence_id join article ar on ar.id = s.article_id
                            where ar.project_id = :project and a.labels && cast(:keys as text[])
                            for update of a
                        ), changed as (
                            update annotation a set labels = old.kept, updated_at = now(),
                                version = 1 + (select count(*) from annotation_history h
                                               where h.sentence_id = a.sentence_id and h.user_id = a.user_id)
                            from old where a.id = old.id
                            returning a.id
                        )
                        insert into annotation_history (sentence_id, user_id, changed_by, labels_before, labels_after, source)
                        select old.sentence_id, old.user_id, :actor, old.labels, old.kept, 'SCHEMA'
                        from old join changed on changed.id = old.id""")
                .param("project", projectId)
                .param("keys", keys.toArray(String[]::new))
                .param("actor", actorId)
                .update();
    }
}
