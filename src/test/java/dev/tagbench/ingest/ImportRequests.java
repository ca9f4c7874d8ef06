package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Uploads files to one project through the import API, and reads what the database then holds. */
final class ImportRequests {

    private final ApiClient admin;
    private final JdbcClient jdbc;
    private final long projectId;

    ImportRequests(ApiClient admin, JdbcClient jdbc, long projectId) {
        this.admin = admin;
        this.jdbc = jdbc;
        this.projectId = projectId;
    }

    /** Posts the files, in the map's order, and returns the report (which must come with 200). */
    JsonNode upload(Map<String, byte[]> files) {
        var response = admin.upload("/api/v1/projects/" + projectId + "/articles", files);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** The report's errors as "file: message". */
    static List<String> errors(JsonNode result) {
        var errors = new ArrayList<String>();
        result.get("errors")
                .forEach(e -> errors.add(
                        e.get("file").asString() + ": " + e.get("message").asString()));
        return errors;
    }

    int articleCount() {
        return count("select count(*) from article where project_id = :p");
    }

    int sentenceCount() {
        return count("select count(*) from sentence s join article a on a.id = s.article_id where a.project_id = :p");
    }

    /** A column of the project's articles, in the order they were stored. */
    List<String> articleColumn(String column) {
        return jdbc.sql("select " + column + " from article where project_id = :p order by id")
                .param("p", projectId)
                .query(String.class)
                .list();
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("p", projectId).query(Integer.class).single();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
