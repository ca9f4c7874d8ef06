package dev.tagbench.security;

import dev.tagbench.security.AccessFixture.Caller;
import dev.tagbench.security.AccessFixture.Side;
import dev.tagbench.user.AppUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected answer of every HTTP endpoint to each kind of caller: the one table the access checks
 * run from. A new endpoint without a row, or a row without an endpoint, fails
 * {@link AuthorizationMatrixIT}. Rows that change state prepare a fresh object per request (a new
 * article to submit, to approve …), in the state where the allowed caller succeeds, so a refusal can
 * only come from the access check.
 */
final class EndpointTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EndpointTable() {}

    /** Path variables that hold ids a caller could guess; usernames are public within Tagbench. */
    static final List<String> ID_VARIABLES =
            List.of("projectId", "articleId", "sentenceId", "snapshotId", "a", "b", "tokenId", "webhookId");

    /** Prepares the path variables a row needs beyond the shared objects, for one caller. */
    interface Given {
        Map<String, String> values(AccessFixture fixture, Side side, AppUser owner);
    }

    /** A request body. */
    record Body(String contentType, byte[] bytes) {
        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    record Endpoint(
            String method,
            String path,
            Map<Caller, Integer> expected,
            Given given,
            BiFunction<AccessFixture, Side, @Nullable Body> body) {

        Endpoint given(Given prepare) {
            return new Endpoint(method, path, expected, prepare, body);
        }

        Endpoint json(String json) {
            return new Endpoint(method, path, expected, given, (fixture, side) -> Body.json(json));
        }

        Endpoint body(BiFunction<AccessFixture, Side, @Nullable Body> make) {
            return new Endpoint(method, path, expected, given, make);
        }

        List<String> variables() {
            var names = new ArrayList<String>();
            var matcher = Pattern.compile("\\{(\\w+)}").matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path variables for a request into the side's project, made for the owner. */
        Map<String, String> values(AccessFixture fixture, Side side, AppUser owner) {
            var values = new HashMap<String, String>();
            values.put("projectId", String.valueOf(side.project().id()));
            values.put("articleId", String.valueOf(side.article()));
            values.put("sentenceId", String.valueOf(side.sentences().getFirst()));
            values.put("snapshotId", String.valueOf(side.snapshot()));
            values.put("username", side.spare().username());
            values.putAll(given.values(fixture, side, owner));
            return values;
        }

        String expand(Map<String, String> values) {
            var expanded = path;
            for (var name : variables()) {
                var value = values.get(name);
                if (value == null) {
                    throw new IllegalStateException(this + ": no value for {" + name + "}");
                }
                expanded = expanded.replace("{" + name + "}", value);
            }
            return expanded;
        }

        boolean actuator() {
            return path.startsWith("/actuator");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    // Columns: anonymous, annotator, reviewer, manager, administrator, member of another project, and
    // a curator of P who also reviews there, asking about articles they curate themselves.
    static final List<Endpoint> ROWS = List.of(
            row("GET", "/api/v1/projects", 401, 200, 200, 200, 200, 200, 200),
            row("POST", "/api/v1/projects", 401, 403, 403, 403, 201, 403, 403)
                    .body((f, side) -> Body.json("{\"name\": \"" + AccessFixture.unique("Access new") + "\"}")),
            row("GET", "/api/v1/projects/{projectId}", 401, 200, 200, 200, 200, 404, 200),
            row("PUT", "/api/v1/projects/{projectId}", 401, 403, 403, 200, 200, 404, 403)
                    .json("{\"annotatorsPerArticle\": 1}"),
            // The stored schema again: allowed callers succeed without changing it.
            row("PUT", "/api/v1/projects/{projectId}/labels", 401, 403, 403, 200, 200, 404, 403)
                    .body((f, side) -> Body.json(labels(side))),
            row("GET", "/api/v1/projects/{projectId}/members", 401, 403, 403, 200, 200, 404, 403),
            row("PUT", "/api/v1/projects/{projectId}/members/{username}", 401, 403, 403, 200, 200, 404, 403)
                    .json("{\"roles\": [\"ANNOTATOR\"]}"),
            row("PUT", "/api/v1/projects/{projectId}/settings", 401, 403, 403, 200, 200, 404, 403)
                    .json("{\"annotatorsPerArticle\": 1, \"blind\": true}"),
            row("GET", "/api/v1/projects/{projectId}/articles", 401, 200, 200, 200, 200, 404, 200),
            row("POST", "/api/v1/projects/{projectId}/articles", 401, 403, 403, 200, 200, 404, 403)
                    .body((f, side) -> upload(side)),
            row("GET", "/api/v1/articles/{articleId}", 401, 200, 200, 200, 200, 404, 200),
            row("POST", "/api/v1/projects/{projectId}/next-article", 401, 200, 403, 403, 403, 404, 200)
                    .given((f, side, owner) -> article(f.article(side))),
            row("GET", "/api/v1/articles/{articleId}/assignments", 401, 200, 200, 200, 200, 404, 200),
            row("PUT", "/api/v1/articles/{articleId}/assignments/{username}", 401, 403, 403, 200, 200, 404, 403)
                    .given((f, side, owner) -> Map.of(
                            "articleId",
                            String.valueOf(f.article(side)),
                            "username",
                            side.curator().username())),
            row("DELETE", "/api/v1/articles/{articleId}/assignments/{username}", 401, 403, 403, 204, 204, 404, 403)
                    .given((f, side, owner) -> Map.of(
                            "articleId",
                            String.valueOf(f.assigned(side)),
                            "username",
                            side.curator().username())),
            row("POST", "/api/v1/articles/{articleId}/submit", 401, 200, 403, 403, 403, 404, 200)
                    .given((f, side, owner) -> article(f.labelled(side))),
            row("POST", "/api/v1/articles/{articleId}/reopen", 401, 200, 403, 403, 403, 404, 200)
                    .given((f, side, owner) -> article(f.annotated(side))),
            row("GET", "/api/v1/articles/{articleId}/labels", 401, 200, 200, 200, 200, 404, 200),
            row("PUT", "/api/v1/sentences/{sentenceId}/labels", 401, 200, 403, 403, 403, 404, 200)
                    .given((f, side, owner) -> sentence(f, f.article(side)))
                    .json("{\"labels\": [\"pledge\"]}"),
            row("GET", "/api/v1/articles/{articleId}/review", 401, 403, 200, 200, 200, 404, 403)
                    .given((f, side, owner) -> article(side.annotated())),
            row("POST", "/api/v1/articles/{articleId}/review/start", 401, 403, 200, 403, 403, 404, 403)
                    .given((f, side, owner) -> article(f.annotated(side))),
            row("PUT", "/api/v1/articles/{articleId}/review/sentences/{sentenceId}", 401, 403, 200, 403, 403, 404, 403)
                    .given((f, side, owner) -> sentence(f, f.annotated(side)))
                    .json("{\"labels\": [\"attack_report\"]}"),
            row(
                            "POST",
                            "/api/v1/articles/{articleId}/review/sentences/{sentenceId}/comments",
                            401,
                            403,
                            200,
                            403,
                            403,
                            404,
                            403)
                    .given((f, side, owner) -> sentence(f, f.annotated(side)))
                    .json("{\"comment\": \"Check the date.\"}"),
            row("POST", "/api/v1/articles/{articleId}/approve", 401, 403, 200, 403, 403, 404, 403)
                    .given((f, side, owner) -> article(f.readyToApprove(side))),
            row("POST", "/api/v1/articles/{articleId}/reject", 401, 403, 200, 403, 403, 404, 403)
                    .given((f, side, owner) -> article(f.annotated(side)))
                    .json("{\"comment\": \"The second sentence is a pledge.\"}"),
            // Each manager's request returns a fresh approved article, so the move itself always succeeds.
            row("POST", "/api/v1/articles/{articleId}/return-to-review", 401, 403, 403, 200, 200, 404, 403)
                    .given((f, side, owner) -> article(f.approved(side)))
                    .json("{\"reason\": \"The second sentence is a pledge.\"}"),
            // The history names who worked on the article: not for one of its curators before review.
            row("GET", "/api/v1/articles/{articleId}/history", 401, 403, 200, 200, 200, 404, 403)
                    .given((f, side, owner) -> article(side.annotated())),
            row("GET", "/api/v1/projects/{projectId}/agreement", 401, 403, 200, 200, 200, 404, 200),
            row("GET", "/api/v1/articles/{articleId}/agreement", 401, 403, 200, 200, 200, 404, 403)
                    .given((f, side, owner) -> article(side.annotated())),
            row("GET", "/api/v1/projects/{projectId}/export", 401, 403, 403, 200, 200, 404, 403),
            row("GET", "/api/v1/projects/{projectId}/exports", 401, 403, 403, 200, 200, 404, 403),
            row("GET", "/api/v1/projects/{projectId}/exports/{snapshotId}/download", 401, 403, 403, 200, 200, 404, 403),
            row("GET", "/api/v1/projects/{projectId}/exports/{a}/diff/{b}", 401, 403, 403, 200, 200, 404, 403)
                    .given((f, side, owner) ->
                            Map.of("a", String.valueOf(side.snapshot()), "b", String.valueOf(side.snapshot()))),
            row("POST", "/api/v1/tokens", 401, 201, 201, 201, 201, 201, 201).json("{\"name\": \"matrix\"}"),
            row("GET", "/api/v1/tokens", 401, 200, 200, 200, 200, 200, 200),
            // Each caller revokes a fresh token of their own; someone else's token is the object-level check's.
            row("DELETE", "/api/v1/tokens/{tokenId}", 401, 204, 204, 204, 204, 204, 204)
                    .given((f, side, owner) -> Map.of("tokenId", String.valueOf(f.freshToken(owner)))),
            row("GET", "/api/v1/users", 401, 403, 403, 403, 200, 403, 403),
            row("POST", "/api/v1/users", 401, 403, 403, 403, 201, 403, 403)
                    .body((f, side) -> Body.json("{\"username\": \"" + AccessFixture.unique("access-new")
                            + "\", \"password\": \"a long enough password\"}")),
            row("PUT", "/api/v1/users/{username}", 401, 403, 403, 403, 200, 403, 403)
                    .json("{\"displayName\": \"Spare account\"}"),
            // Someone else's password: only administrators reset it (a user's own is the user tests' matter).
            row("PUT", "/api/v1/users/{username}/password", 401, 403, 403, 403, 204, 403, 403)
                    .json("{\"password\": \"another long password\"}"),
            row("GET", "/api/v1/plugins", 401, 200, 200, 200, 200, 200, 200),
            row("GET", "/api/v1/projects/{projectId}/suggesters", 401, 200, 200, 200, 200, 404, 200),
            row("PUT", "/api/v1/projects/{projectId}/suggesters/{suggesterId}", 401, 403, 403, 200, 200, 404, 403)
                    .given((f, side, owner) -> Map.of("suggesterId", "rules"))
                    .json("{\"enabled\": true, \"settings\": {\"rules\": [{\"label\": \"pledge\", "
                            + "\"keywords\": [\"pledged\"]}]}}"),
            // P's approved sentences have no labels: the training runs and fails at once, never loading a model.
            row(
                            "POST",
                            "/api/v1/projects/{projectId}/suggesters/{suggesterId}/train",
                            401,
                            403,
                            403,
                            202,
                            202,
                            404,
                            403)
                    .given((f, side, owner) -> Map.of("suggesterId", "minilm")),
            row("GET", "/api/v1/projects/{projectId}/suggestion-settings", 401, 200, 200, 200, 200, 404, 200),
            row("PUT", "/api/v1/projects/{projectId}/suggestion-settings", 401, 403, 403, 200, 200, 404, 403)
                    .json("{\"threshold\": 0.6}"),
            row("GET", "/api/v1/projects/{projectId}/uncertain", 401, 403, 403, 200, 200, 404, 403),
            // Curators see suggestions on articles they hold; P has one curator per article, so they are shown.
            row("GET", "/api/v1/articles/{articleId}/suggestions", 401, 200, 200, 200, 200, 404, 200)
                    .given((f, side, owner) -> article(f.assigned(side))),
            row("POST", "/api/v1/sentences/{sentenceId}/suggestions/accept", 401, 200, 403, 403, 403, 404, 200)
                    .given((f, side, owner) -> sentence(f, f.assigned(side)))
                    .json("{}"),
            row("POST", "/api/v1/articles/{articleId}/suggestions/accept", 401, 200, 403, 403, 403, 404, 200)
                    .given((f, side, owner) -> article(f.assigned(side))),
            // Curators find only in the articles they hold; a search names no other project's rows.
            row("GET", "/api/v1/projects/{projectId}/sentences", 401, 200, 200, 200, 200, 404, 200),
            row("POST", "/api/v1/projects/{projectId}/sentences/suggestions", 401, 403, 403, 200, 200, 404, 403)
                    .json("{\"q\": \"pledged\", \"suggest\": \"pledge\"}"),
            // The curator holds the article; a curator who does not is refused (SearchHistoryApiIT).
            row("GET", "/api/v1/sentences/{sentenceId}/history", 401, 200, 200, 200, 200, 404, 200)
                    .given((f, side, owner) -> sentence(f, f.assigned(side))),
            row("GET", "/api/v1/articles/{articleId}/changes", 401, 200, 200, 200, 200, 404, 200)
                    .given((f, side, owner) -> article(f.assigned(side))),
            row("GET", "/api/v1/projects/{projectId}/activity", 401, 403, 403, 200, 200, 404, 403),
            // Receivers on loopback are allow-listed in the tests; port 9 (discard) answers nothing.
            row("POST", "/api/v1/projects/{projectId}/webhooks", 401, 403, 403, 201, 201, 404, 403)
                    .json("{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"export.created\"]}"),
            row("GET", "/api/v1/projects/{projectId}/webhooks", 401, 403, 403, 200, 200, 404, 403),
            row("DELETE", "/api/v1/projects/{projectId}/webhooks/{webhookId}", 401, 403, 403, 204, 204, 404, 403)
                    .given((f, side, owner) -> Map.of("webhookId", String.valueOf(f.freshWebhook(side)))),
            // The API's description is public by design; it names no data.
            row("GET", "/v3/api-docs", 200, 200, 200, 200, 200, 200, 200),
            row("GET", "/v3/api-docs.yaml", 200, 200, 200, 200, 200, 200, 200),
            row("GET", "/v3/api-docs/swagger-config", 200, 200, 200, 200, 200, 200, 200),
            row("GET", "/swagger-ui.html", 302, 302, 302, 302, 302, 302, 302),
            row("GET", "/actuator/health", 200, 200, 200, 200, 200, 200, 200),
            row("GET", "/actuator/health/liveness", 200, 200, 200, 200, 200, 200, 200),
            row("GET", "/actuator/health/readiness", 200, 200, 200, 200, 200, 200, 200),
            row("GET", "/actuator/prometheus", 401, 403, 403, 403, 200, 403, 403));

    private static Endpoint row(
            String method,
            String path,
            int anonymous,
            int annotator,
            int reviewer,
            int manager,
            int admin,
            int otherProject,
            int curatingReviewer) {
        var expected = new EnumMap<Caller, Integer>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.ANNOTATOR, annotator);
        expected.put(Caller.REVIEWER, reviewer);
        expected.put(Caller.MANAGER, manager);
        expected.put(Caller.ADMIN, admin);
        expected.put(Caller.OTHER_PROJECT, otherProject);
        expected.put(Caller.CURATING_REVIEWER, curatingReviewer);
        return new Endpoint(method, path, expected, (fixture, side, owner) -> Map.of(), (fixture, side) -> null);
    }

    private static Map<String, String> article(long articleId) {
        return Map.of("articleId", String.valueOf(articleId));
    }

    private static Map<String, String> sentence(AccessFixture fixture, long articleId) {
        return Map.of(
                "articleId",
                String.valueOf(articleId),
                "sentenceId",
                String.valueOf(fixture.sentences(articleId).getFirst()));
    }

    /** The side's label schema as JSON, as {@code PUT …/labels} takes it. */
    private static String labels(Side side) {
        return JSON.writeValueAsString(side.project().labels());
    }

    /** A multipart upload of one new text file, so every import really imports. */
    private static Body upload(Side side) {
        var boundary = "access-" + AccessFixture.unique("boundary");
        var text = " date 2024-06-01 Upload " + side.secret() + " " + AccessFixture.unique("n") + "\n\n"
                + "Officials in " + side.secret() + " pledged aid on Monday.\n";
        var body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"upload.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        return new Body("multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    }
}
