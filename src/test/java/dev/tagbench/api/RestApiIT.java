package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.article.ArticleService;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API contract of docs/api.md over real HTTP. */
@TagbenchIntegrationTest
class RestApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ArticleService articles;

    Project project;
    AppUser curator;
    ApiClient api;
    long articleId;

    @BeforeEach
    void setUp() {
        project = data.project();
        curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        articleId = data.article(project);
        api = new ApiClient(port, curator.username(), TestData.PASSWORD);
    }

    @Test
    void lists_only_the_callers_projects_with_their_label_schema() {
        var response = api.get("/api/v1/projects");
        assertThat(response.status()).isEqualTo(200);
        var projects = response.json();
        assertThat(projects).hasSize(1);
        assertThat(projects.get(0).get("id").asLong()).isEqualTo(project.id());
        assertThat(projects.get(0).get("annotatorsPerArticle").asInt()).isEqualTo(2);
        var labels = projects.get(0).get("labels");
        assertThat(labels)
                .extracting(label -> label.get("key").asString())
                .containsExactly("pledge", "attack_report", "troop_claim");
        assertThat(labels).extracting(label -> label.get("hotkey").asString()).containsExactly("1", "2", "3");
        assertThat(labels.get(0).get("color").asString()).matches("#[0-9a-f]{6}");
        assertThat(labels.get(0).get("description").asString()).isNotBlank();
    }

    @Test
    void article_text_substrings_equal_the_sentences_exactly() {
        var list = api.get("/api/v1/projects/" + project.id() + "/articles").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("sentences").asInt()).isEqualTo(4);
        assertThat(list.get(0).get("state").asString()).isEqualTo("NEW");
        assertThat(list.get(0).has("publishedOn")).isTrue();

        var article = api.get("/api/v1/articles/" + articleId).json();
        assertThat(article.get("projectId").asLong()).isEqualTo(project.id());
        var text = article.get("text").asString();
        var sentences = article.get("sentences");
        assertThat(sentences).hasSize(4);
        for (var i = 0; i < sentences.size(); i++) {
            var sentence = sentences.get(i);
            assertThat(sentence.get("index").asInt()).isEqualTo(i);
            assertThat(text.substring(
                            sentence.get("start").asInt(), sentence.get("end").asInt()))
                    .isEqualTo(sentence.get("text").asString());
        }
        assertThat(sentences.get(3).get("text").asString()).isEqualTo("\"We will rebuild,\" the mayor said.");
    }

    @Test
    void put_then_get_labels_round_trips_and_is_idempotent() {
        var sentenceId = firstSentence();
        var put = api.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"troop_claim\", \"pledge\"]}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("version").asInt()).isEqualTo(1);
        assertThat(api.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"pledge\", \"troop_claim\"]}")
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(1);
        var labels = api.get("/api/v1/articles/" + articleId + "/labels").json();
        assertThat(labels).hasSize(1);
        assertThat(labels.get(0).get("sentenceId").asLong()).isEqualTo(sentenceId);
        assertThat(labels.get(0).get("labels"))
                .extracting(node -> node.asString())
                .containsExactly("pledge", "troop_claim");
    }

    @Test
    void a_stale_version_gets_409_as_problem_details() {
        var sentenceId = firstSentence();
        api.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"pledge\"], \"version\": 0}");
        var stale = api.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [], \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("status").asInt()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed elsewhere");
    }

    @Test
    void if_match_carries_the_version_and_a_stale_one_gets_409_leaving_the_labels_as_they_were() {
        var path = "/api/v1/sentences/" + firstSentence() + "/labels";
        var first = api.put(path, "{\"labels\": [\"pledge\"]}", Map.of("If-Match", "0"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);

        var stale = api.put(path, "{\"labels\": [\"troop_claim\"]}", Map.of("If-Match", "0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asString()).contains("changed elsewhere");
        assertThat(labels()).isEqualTo("pledge");

        // An entity tag as HTTP clients send it, strong or weak.
        var current = api.put(path, "{\"labels\": [\"troop_claim\"]}", Map.of("If-Match", "W/\"1\""));
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.put(path, "{\"labels\": []}", Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(409);
        assertThat(labels()).isEqualTo("troop_claim");

        var malformed = api.put(path, "{\"labels\": []}", Map.of("If-Match", "latest"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString())
                .isEqualTo("If-Match");
        assertThat(labels()).isEqualTo("troop_claim");
    }

    /** The caller's labels on the article's first sentence, comma-separated. */
    private String labels() {
        var stored = api.get("/api/v1/articles/" + articleId + "/labels")
                .json()
                .get(0)
                .get("labels");
        var keys = new ArrayList<String>();
        stored.forEach(key -> keys.add(key.asString()));
        return String.join(",", keys);
    }

    @Test
    void bad_input_gets_400_with_the_field_and_nothing_is_stored() {
        var sentenceId = firstSentence();
        var unknown = api.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"rumour\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("labels");
        assertThat(api.put("/api/v1/sentences/" + sentenceId + "/labels", "{}").status())
                .isEqualTo(400);
        var malformed = api.put("/api/v1/sentences/" + sentenceId + "/labels", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "at dev.tagbench");
        assertThat(api.get("/api/v1/articles/" + articleId + "/labels").json()).isEmpty();
    }

    @Test
    void wrong_or_missing_credentials_get_401_as_problem_details() {
        var anonymous = new ApiClient(port, curator.username(), "wrong-password").get("/api/v1/projects");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void another_projects_ids_reveal_nothing() {
        var outsider = data.user("outsider");
        var other = new ApiClient(port, outsider.username(), TestData.PASSWORD);
        var sentenceId = firstSentence();
        assertThat(other.get("/api/v1/projects").json()).isEmpty();
        assertThat(other.get("/api/v1/projects/" + project.id() + "/articles").status())
                .isEqualTo(404);
        assertThat(other.get("/api/v1/articles/" + articleId).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/articles/" + articleId + "/labels").status())
                .isEqualTo(404);
        assertThat(other.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"pledge\"]}")
                        .status())
                .isEqualTo(404);
        assertThat(other.get("/api/v1/articles/999999999").status()).isEqualTo(404);
    }

    @Test
    void a_reviewer_may_read_but_not_write_curator_labels() {
        var reviewer = data.user("reviewer");
        data.member(project, reviewer, ProjectRole.REVIEWER);
        var client = new ApiClient(port, reviewer.username(), TestData.PASSWORD);
        assertThat(client.get("/api/v1/articles/" + articleId).status()).isEqualTo(200);
        var put = client.put("/api/v1/sentences/" + firstSentence() + "/labels", "{\"labels\": [\"pledge\"]}");
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.contentType()).startsWith("application/problem+json");
    }

    @Test
    void only_admins_create_projects_and_the_default_schema_applies() {
        assertThat(api.post("/api/v1/projects", "{\"name\": \"Mine\"}").status())
                .isEqualTo(403);
        var admin = new ApiClient(port, "admin", "admin-password");
        var created = admin.post("/api/v1/projects", "{\"name\": \"Created by API " + System.nanoTime() + "\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("labels")).hasSize(3);
        var invalid = admin.post(
                "/api/v1/projects",
                "{\"name\": \"Bad schema " + System.nanoTime()
                        + "\", \"labels\": [{\"key\": \"Bad Key\", \"name\": \"x\", \"color\": \"red\"}]}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors")).hasSize(2);
    }

    @Test
    void managers_set_member_roles_by_username() {
        var manager = data.user("manager");
        data.member(project, manager, ProjectRole.MANAGER);
        var newcomer = data.user("newcomer");
        var client = new ApiClient(port, manager.username(), TestData.PASSWORD);
        var response = client.put(
                "/api/v1/projects/" + project.id() + "/members/" + newcomer.username(),
                "{\"roles\": [\"ANNOTATOR\", \"REVIEWER\"]}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(new ApiClient(port, newcomer.username(), TestData.PASSWORD)
                        .get("/api/v1/projects")
                        .json())
                .hasSize(1);
        assertThat(api.put("/api/v1/projects/" + project.id() + "/members/" + newcomer.username(), "{\"roles\": []}")
                        .status())
                .isEqualTo(403);
    }

    private long firstSentence() {
        return articles.get(curator, articleId).sentences().getFirst().id();
    }
}
