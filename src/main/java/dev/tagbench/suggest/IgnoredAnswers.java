package dev.tagbench.suggest;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Left-out answers per suggester and project, counted in {@code project_suggester}. A component,
 * not a service: suggester plugins report through it while suggesting for someone the suggestion
 * service has already checked; each report is one statement, its own transaction.
 */
@Component
class IgnoredAnswers implements SuggesterNotes {

    /** How many answers were left out, and why the latest was. */
    record Count(long count, @Nullable String last) {}

    private final JdbcClient jdbc;

    IgnoredAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void ignored(long projectId, String suggesterId, int count, String reason) {
        jdbc.sql("""
                        insert into project_suggester (project_id, suggester_id, enabled, ignored_answers,
                            last_ignored, last_ignored_at)
                        values (:p, :s, true, :n, :reason, now())
                        on conflict (project_id, suggester_id) do update
                        set ignored_answers = project_suggester.ignored_answers + excluded.ignored_answers,
                            last_ignored = excluded.last_ignored, last_ignored_at = excluded.last_ignored_at""")
                .param("p", projectId)
                .param("s", suggesterId)
                .param("n", count)
                .param("reason", reason.substring(0, Math.min(500, reason.length())))
                .update();
    }

    Count of(long projectId, String suggesterId) {
        return jdbc.sql("""
                        select ignored_answers, last_ignored from project_suggester
                        where project_id = :p and suggester_id = :s""")
                .param("p", projectId)
                .param("s", suggesterId)
                .query((rs, row) -> new Count(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Count(0, null));
    }
}
