package dev.tagbench.support;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.review.ReviewService;
import dev.tagbench.user.AppUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Approved articles with curators' and final labels, made through the services as people make them,
 * and dataset downloads over HTTP: what the export tests start from.
 */
@Component
public class Datasets {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TestData data;
    private final AnnotationService annotations;
    private final AssignmentService assignments;
    private final ReviewService reviews;

    Datasets(TestData data, AnnotationService annotations, AssignmentService assignments, ReviewService reviews) {
        this.data = data;
        this.annotations = annotations;
        this.assignments = assignments;
        this.reviews = reviews;
    }

    /** A project with two curators, a reviewer and a manager. */
    public record Team(Project project, AppUser manager, AppUser curatorA, AppUser curatorB, AppUser reviewer) {}

    public Team team() {
        var team = new Team(data.project(), data.user("m"), data.user("a"), data.user("b"), data.user("r"));
        data.member(team.project(), team.manager(), ProjectRole.MANAGER);
        data.member(team.project(), team.curatorA(), ProjectRole.ANNOTATOR);
        data.member(team.project(), team.curatorB(), ProjectRole.ANNOTATOR);
        data.member(team.project(), team.reviewer(), ProjectRole.REVIEWER);
        return team;
    }

    /** A new article both curators label and the reviewer approves; {@code labels} gives each sentence's. */
    public long approved(Team team, IntFunction<List<String>> labels) {
        return approved(team, data.article(team.project()), labels);
    }

    public long approved(Team team, long article, IntFunction<List<String>> labels) {
        var sentences = data.sentenceIds(article);
        for (var curator : List.of(team.curatorA(), team.curatorB())) {
            for (var i = 0; i < sentences.size(); i++) {
                annotations.setLabels(curator, sentences.get(i), labels.apply(i), null, ChangeSource.API);
            }
            assignments.submit(curator, article);
        }
        reviews.start(team.reviewer(), article);
        for (var i = 0; i < sentences.size(); i++) {
            reviews.setFinal(team.reviewer(), article, sentences.get(i), labels.apply(i), null);
        }
        reviews.approve(team.reviewer(), article);
        return article;
    }

    /** GET with HTTP Basic, the body as bytes. */
    public HttpResponse<byte[]> get(int port, String path, AppUser user) {
        var auth = Base64.getEncoder()
                .encodeToString((user.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth)
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A dataset download that must succeed. */
    public byte[] export(int port, Team team, String query) {
        var response = get(port, "/api/v1/projects/" + team.project().id() + "/export?" + query, team.manager());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "export " + query + ": " + response.statusCode() + " " + new String(response.body()));
        }
        return response.body();
    }

    /** The rows of a JSON Lines file. */
    public static List<JsonNode> rows(byte[] jsonl) {
        return new String(jsonl, StandardCharsets.UTF_8)
                .lines()
                .map(JSON::readTree)
                .toList();
    }

    /** The entries of a ZIP, by name, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The rows of the three split files of a Hugging Face ZIP, train first. */
    public static List<JsonNode> hfRows(byte[] zip) {
        var entries = entries(zip);
        var rows = new ArrayList<JsonNode>();
        for (var split : List.of("train", "validation", "test")) {
            rows.addAll(rows(entries.get(split + ".jsonl")));
        }
        return rows;
    }

    /** Each article's split, from a dataset's rows; fails if an article is in two splits. */
    public static Map<Long, String> splitOfArticles(List<JsonNode> rows) {
        var splits = new LinkedHashMap<Long, String>();
        for (var row : rows) {
            var article = row.get("article_id").asLong();
            var split = row.get("split").asString();
            var previous = splits.putIfAbsent(article, split);
            if (previous != null && !previous.equals(split)) {
                throw new AssertionError("article " + article + " is in " + previous + " and " + split);
            }
        }
        return splits;
    }

    public static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }
}
