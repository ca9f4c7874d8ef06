package dev.tagbench.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A project with generated articles and a team of curators with their own accounts and API tokens,
 * set up through the REST API of a running application. Curators work in pairs: both of a pair label
 * the same articles (the project wants two curators per article), each pair its own articles.
 */
public record AnnotatorTeam(long projectId, List<Member> members) {

    public static final List<String> LABELS = List.of("pledge", "attack_report", "troop_claim");
    private static final String PASSWORD = "annotator-password";

    /** One curator: their account, token and the sentences of the articles they work on. */
    public record Member(String username, String token, List<Long> sentenceIds) {}

    public static AnnotatorTeam create(
            PackagedApp app, String adminPassword, int size, int articlesPerPair, int sentencesPerArticle)
            throws Exception {
        var basic = new ApiClient(app.port(), "admin", adminPassword);
        var admin = ApiClient.withToken(app.port(), token(basic));
        var project = admin.post(
                "/api/v1/projects", "{\"name\": \"Load " + System.nanoTime() + "\", \"annotatorsPerArticle\": 2}");
        require(project, 201);
        var projectId = project.json().get("id").asLong();

        var pairs = (size + 1) / 2;
        var imported = admin.upload(
                "/api/v1/projects/" + projectId + "/articles",
                Map.of(
                        "load.jsonl",
                        articles(pairs * articlesPerPair, sentencesPerArticle).getBytes(UTF_8)));
        require(imported, 200);
        if (!imported.json().get("errors").isEmpty()) {
            throw new IllegalStateException("Import failed: " + imported.body());
        }
        var sentencesByArticle = sentencesByArticle(app, projectId);

        var members = new ArrayList<Member>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<Member>>();
            var articleIds = List.copyOf(sentencesByArticle.keySet());
            for (var i = 0; i < size; i++) {
                var username = "annotator-%03d".formatted(i);
                var pair = i / 2;
                var sentences = articleIds.subList(pair * articlesPerPair, (pair + 1) * articlesPerPair).stream()
                        .flatMap(article -> sentencesByArticle.get(article).stream())
                        .toList();
                futures.add(executor.submit(() -> member(app, admin, projectId, username, sentences)));
            }
            for (var future : futures) {
                members.add(future.get());
            }
        }
        return new AnnotatorTeam(projectId, List.copyOf(members));
    }

    private static Member member(
            PackagedApp app, ApiClient admin, long projectId, String username, List<Long> sentences) {
        require(
                admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}"),
                201);
        require(
                admin.put("/api/v1/projects/" + projectId + "/members/" + username, "{\"roles\": [\"ANNOTATOR\"]}"),
                200);
        // The only password check of this curator: afterwards the token signs every request.
        return new Member(username, token(new ApiClient(app.port(), username, PASSWORD)), sentences);
    }

    private static String token(ApiClient client) {
        var created = client.post("/api/v1/tokens", "{\"name\": \"load\"}");
        require(created, 201);
        return created.json().get("token").asString();
    }

    private static Map<Long, List<Long>> sentencesByArticle(PackagedApp app, long projectId) throws Exception {
        var result = new LinkedHashMap<Long, List<Long>>();
        try (var connection = app.database();
                var query = connection.prepareStatement("""
                        select s.article_id, s.id from sentence s join article a on a.id = s.article_id
                        where a.project_id = ? order by s.article_id, s.idx""")) {
            query.setLong(1, projectId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(rows.getLong(2));
                }
            }
        }
        return result;
    }

    /** JSON Lines of distinct news-like articles, each of the given number of sentences. */
    private static String articles(int count, int sentences) {
        var out = new StringBuilder();
        for (var a = 0; a < count; a++) {
            var text = new StringBuilder();
            for (var s = 0; s < sentences; s++) {
                text.append("Officials in district ")
                        .append(a)
                        .append(" reported event ")
                        .append(s)
                        .append(" near the border on day ")
                        .append((a * 31 + s) % 365)
                        .append(". ");
            }
            out.append("{\"title\": \"Load report ")
                    .append(a)
                    .append("\", \"date\": \"2024-03-01\", ")
                    .append("\"source\": \"Load Wire\", \"text\": \"")
                    .append(text.toString().strip())
                    .append("\"}\n");
        }
        return out.toString();
    }

    private static void require(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(
                    "Expected " + status + " but got " + response.status() + ": " + response.body());
        }
    }
}
