package dev.tagbench.security;

import dev.tagbench.user.AppUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads straight from the database what requests must not have touched: a digest of every row that
 * belongs to the fixture's projects (and of the fixture users' tokens), and whether an id lies
 * within a user's reach.
 */
final class ProjectFootprint {

    private static final String ARTICLES = "(select id from article where project_id in (:projects))";
    private static final String SENTENCES = "(select s.id from sentence s join article a on a.id = s.article_id"
            + " where a.project_id in (:projects))";

    /** Per table, the rows that belong to the projects. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("project", "select * from project where id in (:projects)");
        TABLES.put("label", "select * from label where project_id in (:projects)");
        TABLES.put("project_member", "select * from project_member where project_id in (:projects)");
        TABLES.put("article", "select * from article where project_id in (:projects)");
        TABLES.put("sentence", "select * from sentence where article_id in " + ARTICLES);
        TABLES.put("sentence_edit", "select * from sentence_edit where article_id in " + ARTICLES);
        TABLES.put("assignment", "select * from assignment where article_id in " + ARTICLES);
        TABLES.put("article_state_change", "select * from article_state_change where article_id in " + ARTICLES);
        TABLES.put("annotation", "select * from annotation where sentence_id in " + SENTENCES);
        TABLES.put("annotation_history", "select * from annotation_history where sentence_id in " + SENTENCES);
        TABLES.put("final_label", "select * from final_label where sentence_id in " + SENTENCES);
        TABLES.put("review_comment", "select * from review_comment where sentence_id in " + SENTENCES);
        TABLES.put("export_snapshot", "select * from export_snapshot where project_id in (:projects)");
        TABLES.put(
                "export_snapshot_article",
                "select * from export_snapshot_article where snapshot_id in"
                        + " (select id from export_snapshot where project_id in (:projects))");
        TABLES.put("approval_archive", "select * from approval_archive where article_id in " + ARTICLES);
        TABLES.put("suggestion_settings", "select * from suggestion_settings where project_id in (:projects)");
        TABLES.put("project_suggester", "select * from project_suggester where project_id in (:projects)");
        TABLES.put("suggestion_shown", "select * from suggestion_shown where sentence_id in " + SENTENCES);
        TABLES.put("webhook", "select * from webhook where project_id in (:projects)");
        // Trainings and uncertainties are written by background jobs, whenever they run: not part of a request.
        // Using a token stamps last_used_at; everything else about a token must stay as it was.
        TABLES.put(
                "api_token",
                "select id, user_id, name, token_hash, prefix, created_at, revoked_at from api_token"
                        + " where user_id in (:users)");
        TABLES.put("app_user", "select id, username, password_hash, display_name, admin, enabled from app_user");
    }

    private final JdbcClient jdbc;

    ProjectFootprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A digest per table of the rows of these projects and these users' tokens. */
    Map<String, String> of(List<Long> projects, List<Long> users) {
        var digests = new LinkedHashMap<String, String>();
        TABLES.forEach((table, rows) -> digests.put(
                table,
                jdbc.sql("select count(*) || ':' || md5(coalesce("
                                + "string_agg(t::text, '|' order by t::text), '')) from (" + rows + ") t")
                        .param("projects", projects)
                        .param("users", users)
                        .query(String.class)
                        .single()));
        return digests;
    }

    /** Whether the id names something the user may legitimately reach (their project's, or their own token). */
    boolean reachable(String variable, long id, AppUser user) {
        var sql = switch (variable) {
            case "projectId" -> "select count(*) from project_member where project_id = :id and user_id = :user";
            case "articleId" ->
                "select count(*) from article a join project_member m on m.project_id = a.project_id"
                        + " where a.id = :id and m.user_id = :user";
            case "sentenceId" ->
                "select count(*) from sentence s join article a on a.id = s.article_id"
                        + " join project_member m on m.project_id = a.project_id where s.id = :id and m.user_id = :user";
            case "snapshotId", "a", "b" ->
                "select count(*) from export_snapshot e"
                        + " join project_member m on m.project_id = e.project_id where e.id = :id and m.user_id = :user";
            case "webhookId" ->
                "select count(*) from webhook w"
                        + " join project_member m on m.project_id = w.project_id where w.id = :id and m.user_id = :user";
            case "tokenId" -> "select count(*) from api_token where id = :id and user_id = :user";
            default -> throw new IllegalArgumentException("Not an id variable: " + variable);
        };
        return jdbc.sql(sql)
                        .param("id", id)
                        .param("user", user.id())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
