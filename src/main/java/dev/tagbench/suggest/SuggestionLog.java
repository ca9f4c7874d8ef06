package dev.tagbench.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The suggestions curators were shown, with the model that made each, and what became of them. The
 * outcome is read from the curator's current labels and the label history in one query, a read
 * model over the annotation tables like the export's.
 */
@Repository
class SuggestionLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SuggestionLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void shown(long userId, List<SentenceSuggestions> suggestions) {
        var rows = new ArrayList<Object[]>();
        for (var sentence : suggestions) {
            for (var label : sentence.labels()) {
                rows.add(new Object[] {
                    sentence.sentenceId(), userId, label.key(), label.suggester(), label.score(), label.modelVersion()
                });
            }
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    insert into suggestion_shown (sentence_id, user_id, label_key, suggester_id, score, model_version)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (sentence_id, user_id, label_key, suggester_id) do update
                        set score = excluded.score, model_version = excluded.model_version, shown_at = now()""", rows);
        }
    }

    void accepted(long userId, Collection<Long> sentenceIds) {
        jdbc.sql("""
                        update suggestion_shown set accepted_at = clock_timestamp()
                        where user_id = :u and sentence_id in (select unnest(cast(:ids as bigint[])))""")
                .param("u", userId)
                .param("ids", sentenceIds.toArray(Long[]::new))
                .update();
    }

    /**
     * Per label of the project: accepted (the curator's labels have it and were not changed after
     * accepting), changed (accepted with the key, then changed by the curator), rejected (decided
     * without it). Suggestions on sentences the curator has not decided yet are not counted.
     */
    List<SuggestionOutcome> outcomes(long projectId) {
        return jdbc.sql("""
                        with shown as (
                            select distinct on (g.sentence_id, g.user_id, g.label_key)
                                   g.sentence_id, g.user_id, g.label_key, g.accepted_at, n.labels
                            from suggestion_shown g
                            join sentence s on s.id = g.sentence_id
                            join article a on a.id = s.article_id
                            join annotation n on n.sentence_id = g.sentence_id and n.user_id = g.user_id
                            where a.project_id = :p
                            order by g.sentence_id, g.user_id, g.label_key, g.accepted_at desc nulls last),
                        judged as (
                            select label_key,
                                   case when accepted_at is not null and exists (
                                            select 1 from annotation_history h
                                            where h.sentence_id = shown.sentence_id and h.user_id = shown.user_id
                                              and h.changed_at > shown.accepted_at and h.source <> 'SUGGESTION')
                                        then 'changed'
                                        when label_key = any(labels) then 'accepted'
                                        else 'rejected' end as outcome
                            from shown)
                        select label_key, count(*) filter (where outcome = 'accepted'),
                               count(*) filter (where outcome = 'changed'), count(*) filter (where outcome = 'rejected')
                        from judged group by label_key order by label_key""")
                .param("p", projectId)
                .query((rs, row) -> new SuggestionOutcome(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
