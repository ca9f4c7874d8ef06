package dev.tagbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Dataset export over HTTP: approved sentences only, whole articles per split, same bytes every time. */
@TagbenchIntegrationTest
class ExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    Project project;
    AppUser manager;
    AppUser curatorA;
    AppUser curatorB;
    AppUser reviewer;
    List<Long> approved = new ArrayList<>();
    long unapproved;

    @BeforeEach
    void setUp() {
        project = data.project();
        manager = data.user("m");
        curatorA = data.user("a");
        curatorB = data.user("b");
        reviewer = data.user("r");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, curatorA, ProjectRole.ANNOTATOR);
        data.member(project, curatorB, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        for (var i = 0; i < 8; i++) {
            var id = data.article(project);
            annotate(id, i % 3 == 0 ? "troop_claim" : "pledge");
            reviews.start(reviewer, id);
            for (var sentence : data.sentenceIds(id)) {
                reviews.setFinal(reviewer, id, sentence, List.of(i % 3 == 0 ? "troop_claim" : "pledge"), null);
            }
            reviews.approve(reviewer, id);
            approved.add(id);
        }
        unapproved = data.article(project, "Not approved yet\n\nThis sentence must not be exported.\n");
    }

    @Test
    void jsonl_holds_approved_sentences_only_with_provenance_and_whole_articles_per_split() throws Exception {
        var body = download("jsonl", "50,25,25", 42);
        var lines = new String(body, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(approved.size() * 4);
        var splitOfArticle = new HashMap<Long, String>();
        for (var line : lines) {
            var row = JSON.readTree(line);
            assertThat(row.propertyNames())
                    .containsExactly(
                            "id",
                            "article_id",
                            "article_title",
                            "sentence_index",
                            "start",
                            "end",
                            "text",
                            "labels",
                            "split",
                            "annotators",
                            "annotator_labels",
                            "reviewer",
                            "approved_at",
                            "schema_version",
                            "published_on");
            var article = row.get("article_id").asLong();
            assertThat(approved).contains(article);
            var previous = splitOfArticle.putIfAbsent(article, row.get("split").asString());
            assertThat(previous == null || previous.equals(row.get("split").asString()))
                    .as("article in one split")
                    .isTrue();
            assertThat(row.get("reviewer").asString()).isEqualTo(reviewer.username());
            assertThat(row.get("annotators").valueStream().map(JsonNode::asString))
                    .containsExactly(curatorA.username(), curatorB.username());
            assertThat(row.get("annotator_labels")
                            .valueStream()
                            .map(curator -> curator.get("curator").asString()))
                    .containsExactly(curatorA.username(), curatorB.username());
            assertThat(row.get("labels")).hasSize(1);
        }
        assertThat(new HashSet<>(splitOfArticle.values())).containsExactlyInAnyOrder("train", "validation", "test");
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("must not be exported");
    }

    @Test
    void the_same_data_and_settings_give_the_same_bytes_and_each_export_is_a_snapshot() throws Exception {
        var first = download("hf", "80,10,10", 7);
        var second = download("hf", "80,10,10", 7);
        assertThat(second).isEqualTo(first);
        var entries = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactly("train.jsonl", "validation.jsonl", "test.jsonl", "README.md");

        var snapshots = JSON.readTree(
                get("/api/v1/projects/" + project.id() + "/exports", manager).body());
        assertThat(snapshots).hasSizeGreaterThanOrEqualTo(2);
        var latest = snapshots.get(0);
        assertThat(latest.get("sha256").asString()).isEqualTo(sha256(first));
        assertThat(latest.get("articles").asInt()).isEqualTo(approved.size());
        var counts = JSON.readTree(jdbc.sql("select counts::text from export_snapshot where id = :id")
                .param("id", latest.get("id").asLong())
                .query(String.class)
                .single());
        assertThat(counts.propertyNames()).containsExactlyInAnyOrder("sentences", "articles");
        assertThat(counts.get("articles").propertyNames()).containsExactlyInAnyOrder("train", "validation", "test");
        assertThat(counts.get("articles")
                        .valueStream()
                        .mapToLong(JsonNode::asLong)
                        .sum())
                .isEqualTo(approved.size());
        assertThat(counts.get("sentences")
                        .valueStream()
                        .mapToLong(JsonNode::asLong)
                        .sum())
                .isEqualTo(approved.size() * 4L);
        var again = get(
                "/api/v1/projects/" + project.id() + "/exports/"
                        + latest.get("id").asLong() + "/download",
                manager);
        assertThat(again.body()).isEqualTo(first);
    }

    @Test
    void csv_cells_that_look_like_formulas_are_neutralised() throws Exception {
        var id = data.article(
                project, "Formula test article here\n\n=SUM(A1:A9)*cmd|' /C calc' was typed by a reader.\n");
        annotate(id, "pledge");
        reviews.start(reviewer, id);
        reviews.setFinal(reviewer, id, data.sentenceIds(id).getFirst(), List.of("pledge"), null);
        reviews.approve(reviewer, id);
        var csv = new String(download("csv", "100,0,0", 1), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=SUM(A1:A9)*cmd|' /C calc' was typed by a reader.");
        assertThat(csv.lines().filter(line -> line.startsWith("=")).count()).isZero();
    }

    @Test
    void a_jsonl_export_imported_with_its_labels_exports_the_same_texts_and_labels() throws Exception {
        var exported = download("jsonl", "80,10,10", 42);
        var copy = data.project();
        data.member(copy, manager, ProjectRole.MANAGER);
        var api = new ApiClient(port, manager.username(), TestData.PASSWORD);
        var imported = api.upload(
                "/api/v1/projects/" + copy.id() + "/articles?keepLabels=true", Map.of("dataset.jsonl", exported));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("errors")).isEmpty();
        assertThat(imported.json().get("imported"))
                .as("rows grouped back into their articles")
                .hasSize(approved.size());

        var response = get("/api/v1/projects/" + copy.id() + "/export?format=jsonl&split=80,10,10&seed=42", manager);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(textsAndLabels(response.body())).isEqualTo(textsAndLabels(exported));
        var again = api.upload(
                "/api/v1/projects/" + copy.id() + "/articles?keepLabels=true", Map.of("dataset.jsonl", exported));
        assertThat(again.json().get("duplicates")).hasSize(approved.size());
    }

    /** Each row's text with its labels, in a stable order, for comparing datasets. */
    private static List<String> textsAndLabels(byte[] jsonl) {
        return new String(jsonl, StandardCharsets.UTF_8)
                .lines()
                .map(line -> {
                    var row = JSON.readTree(line);
                    return row.get("text").asString() + " => "
                            + row.get("labels").toString();
                })
                .sorted()
                .toList();
    }

    @Test
    void only_managers_of_the_project_export() throws Exception {
        var path = "/api/v1/projects/" + project.id() + "/export?format=jsonl";
        assertThat(get(path, curatorA).statusCode()).isEqualTo(403);
        assertThat(get(path, reviewer).statusCode()).isEqualTo(403);
        assertThat(get(path, data.user("x")).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/projects/" + project.id() + "/export?format=docx", manager)
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/projects/" + project.id() + "/export?split=80,10", manager)
                        .statusCode())
                .isEqualTo(400);
    }

    private void annotate(long articleId, String label) {
        for (var curator : List.of(curatorA, curatorB)) {
            for (var sentence : data.sentenceIds(articleId)) {
                annotations.setLabels(curator, sentence, List.of(label), null, ChangeSource.API);
            }
            assignments.submit(curator, articleId);
        }
    }

    private byte[] download(String format, String split, long seed) throws Exception {
        var response = get(
                "/api/v1/projects/" + project.id() + "/export?format=" + format + "&split=" + split + "&seed=" + seed,
                manager);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<byte[]> get(String path, AppUser user) throws Exception {
        var auth = Base64.getEncoder()
                .encodeToString((user.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
