package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal API tokens: shown once, stored hashed, usable as Bearer, revocable, and only by their owner. */
@TagbenchIntegrationTest
class ApiTokenIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_is_shown_once_stored_hashed_works_as_bearer_and_stops_when_revoked() throws Exception {
        var user = data.user("token-user");
        var basic = new ApiClient(port, user.username(), TestData.PASSWORD);
        var created = basic.post("/api/v1/tokens", "{\"name\": \"nightly job\"}");
        assertThat(created.status()).isEqualTo(201);
        var token = created.json().get("token").asString();
        assertThat(token).startsWith("tbk_").hasSizeGreaterThan(40);

        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t or prefix = :t")
                        .param("t", token)
                        .query(Integer.class)
                        .single())
                .isZero();
        var listed = basic.get("/api/v1/tokens");
        assertThat(listed.body()).doesNotContain(token).contains("nightly job");

        assertThat(bearer(token, "/api/v1/projects").statusCode()).isEqualTo(200);
        assertThat(bearer(token + "x", "/api/v1/projects").statusCode()).isEqualTo(401);
        assertThat(bearer("not-a-token", "/api/v1/projects").statusCode()).isEqualTo(401);

        var other = new ApiClient(port, data.user("other").username(), TestData.PASSWORD);
        var id = created.json().get("id").asLong();
        assertThat(delete(other, id)).isEqualTo(404);
        assertThat(bearer(token, "/api/v1/projects").statusCode()).isEqualTo(200);
        assertThat(delete(basic, id)).isEqualTo(204);
        var revoked = bearer(token, "/api/v1/projects");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(revoked.headers().firstValue("WWW-Authenticate"))
                .as("no browser password prompt")
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer "));
    }

    @Test
    void a_token_records_its_last_use_to_the_minute_not_on_every_request() throws Exception {
        var user = data.user("busy-token-user");
        var created = new ApiClient(port, user.username(), TestData.PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"annotation script\"}")
                .json();
        var id = created.get("id").asLong();
        var token = created.get("token").asString();

        assertThat(bearer(token, "/api/v1/projects").statusCode()).isEqualTo(200);
        var firstUse = lastUsed(id);
        assertThat(firstUse).isNotNull();
        assertThat(bearer(token, "/api/v1/projects").statusCode()).isEqualTo(200);
        assertThat(lastUsed(id)).isEqualTo(firstUse);

        jdbc.sql("update api_token set last_used_at = now() - interval '2 minutes' where id = :id")
                .param("id", id)
                .update();
        assertThat(bearer(token, "/api/v1/projects").statusCode()).isEqualTo(200);
        assertThat(lastUsed(id)).isAfter(firstUse);
    }

    private Instant lastUsed(long tokenId) {
        return jdbc.sql("select last_used_at from api_token where id = :id")
                .param("id", tokenId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }

    @Test
    void a_token_needs_a_name() {
        var basic = new ApiClient(port, data.user("nameless").username(), TestData.PASSWORD);
        assertThat(basic.post("/api/v1/tokens", "{}").status()).isEqualTo(400);
    }

    @Test
    void a_token_downloads_a_streamed_export_to_its_end() throws Exception {
        // A streamed body ends in an async dispatch, which must still see the token's user.
        var project = data.project();
        var manager = data.user("token-manager");
        data.member(project, manager, ProjectRole.MANAGER);
        var token = new ApiClient(port, manager.username(), TestData.PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"export job\"}")
                .json()
                .get("token")
                .asString();
        var export = bearer(token, "/api/v1/projects/" + project.id() + "/export?format=jsonl");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(bearer(token, "/api/v1/projects/" + project.id() + "/exports")
                        .body())
                .contains("\"format\":\"jsonl\"");
    }

    private HttpResponse<String> bearer(String token, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int delete(ApiClient client, long id) throws Exception {
        return client.delete("/api/v1/tokens/" + id).status();
    }
}
