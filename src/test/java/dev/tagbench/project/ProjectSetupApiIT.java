package dev.tagbench.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET and PUT of a project and its label schema over real HTTP: every change, conflict and bad input. */
@TagbenchIntegrationTest
class ProjectSetupApiIT {

    static final String DEFAULT_SCHEMA = """
            [{"key": "pledge", "name": "Pledge", "color": "#2f7d32", "hotkey": "1", "description": "A promise."},
             {"key": "attack_report", "name": "Attack report", "color": "#c62828", "hotkey": "2", "description": ""},
             {"key": "troop_claim", "name": "Troop claim", "color": "#1565c0", "hotkey": "3", "description": ""}]""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ProjectService projects;

    Project project;
    AppUser manager;
    AppUser curator;
    ApiClient api;

    @BeforeEach
    void setUp() {
        project = data.project();
        manager = data.user("manager");
        curator = data.user("curator");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, curator, ProjectRole.ANNOTATOR);
        api = new ApiClient(port, manager.username(), TestData.PASSWORD);
    }

    @Test
    void a_project_reads_with_its_schema_version_guidelines_and_settings() {
        var json = api.get("/api/v1/projects/" + project.id()).json();
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("guidelines").asString()).isEmpty();
        assertThat(json.get("blind").asBoolean()).isTrue();
        assertThat(json.get("annotatorsPerArticle").asInt()).isEqualTo(2);
        assertThat(json.get("segmenter").asString()).isEqualTo("icu-news");
        assertThat(json.get("archived").asBoolean()).isFalse();
        assertThat(json.get("activeLearning").asBoolean()).isFalse();
    }

    @Test
    void active_learning_is_switched_with_the_project_and_read_by_the_suggestion_settings() {
        var on = api.put("/api/v1/projects/" + project.id(), "{\"activeLearning\": true}");
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("activeLearning").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/projects/" + project.id())
                        .json()
                        .get("activeLearning")
                        .asBoolean())
                .isTrue();
        var settings = api.get("/api/v1/projects/" + project.id() + "/suggestion-settings")
                .json();
        assertThat(settings.get("activeLearning").asBoolean()).isTrue();
        assertThat(settings.get("threshold").asDouble()).isEqualTo(0.5);

        var curatorApi = new ApiClient(port, curator.username(), TestData.PASSWORD);
        assertThat(curatorApi
                        .put("/api/v1/projects/" + project.id(), "{\"activeLearning\": false}")
                        .status())
                .isEqualTo(403);
        var off = api.put("/api/v1/projects/" + project.id(), "{\"activeLearning\": false, \"name\": \"\"}");
        assertThat(off.status()).as("an invalid name refuses the whole change").isEqualTo(400);
        assertThat(api.get("/api/v1/projects/" + project.id())
                        .json()
                        .get("activeLearning")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void guidelines_are_stored_exactly_as_written_and_count_as_a_schema_change() {
        var guidelines = "# Rules\n\n<script>alert(1)</script> stays text.  \nTrailing spaces too.  ";
        var response = api.put(
                "/api/v1/projects/" + project.id(),
                "{\"guidelines\": " + quoted(guidelines) + ", \"annotatorsPerArticle\": 3, \"blind\": false}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("guidelines").asString()).isEqualTo(guidelines);
        assertThat(response.json().get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(response.json().get("annotatorsPerArticle").asInt()).isEqualTo(3);
        assertThat(response.json().get("blind").asBoolean()).isFalse();

        var settingsOnly =
                api.put("/api/v1/projects/" + project.id(), "{\"name\": \"Renamed " + project.name() + "\"}");
        assertThat(settingsOnly.json().get("name").asString()).isEqualTo("Renamed " + project.name());
        assertThat(settingsOnly.json().get("schemaVersion").asInt())
                .as("a rename is no schema change")
                .isEqualTo(2);
        assertThat(settingsOnly.json().get("guidelines").asString()).isEqualTo(guidelines);
    }

    @Test
    void renaming_recolouring_and_reordering_keep_every_annotation() {
        var articleId = data.article(project);
        var sentence = data.sentenceIds(articleId).getFirst();
        annotations.setLabels(curator, sentence, List.of("pledge", "troop_claim"), null, ChangeSource.API);

        var response = api.put("/api/v1/projects/" + project.id() + "/labels", """
                [{"key": "troop_claim", "name": "Troops", "color": "#6a1b9a", "hotkey": "1", "description": "Numbers."},
                 {"key": "pledge", "name": "Promise", "color": "#2f7d32", "hotkey": "3"},
                 {"key": "attack_report", "name": "Attack report", "color": "#c62828", "hotkey": "2"}]""");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(keys(response.json())).containsExactly("troop_claim", "pledge", "attack_report");
        assertThat(response.json().get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(response.json().at("/labels/0/name").asString()).isEqualTo("Troops");
        assertThat(response.json().at("/labels/0/hotkey").asString()).isEqualTo("1");
        assertThat(response.json().at("/labels/1/description").asString()).isEmpty();
        assertThat(annotations.labelsOf(curator, articleId).getFirst().labels())
                .as("in the new schema order, nothing lost")
                .containsExactly("pledge", "troop_claim");

        var same = api.put(
                "/api/v1/projects/" + project.id() + "/labels",
                response.json().get("labels").toString());
        assertThat(same.json().get("schemaVersion").asInt())
                .as("saving the same schema changes nothing")
                .isEqualTo(2);
    }

    @Test
    void a_new_label_with_hotkey_4_can_be_used_at_once() {
        var response = api.put(
                "/api/v1/projects/" + project.id() + "/labels",
                DEFAULT_SCHEMA.substring(0, DEFAULT_SCHEMA.lastIndexOf(']'))
                        + ", {\"key\": \"casualty_claim\", \"name\": \"Casualty claim\", \"color\": \"#00695c\","
                        + " \"hotkey\": \"4\"}]");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(keys(response.json())).endsWith("casualty_claim");
        var sentence = data.sentenceIds(data.article(project)).getFirst();
        var curatorApi = new ApiClient(port, curator.username(), TestData.PASSWORD);
        var tagged = curatorApi.put("/api/v1/sentences/" + sentence + "/labels", "{\"labels\": [\"casualty_claim\"]}");
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
    }

    @Test
    void each_bad_field_gets_its_message_and_nothing_is_saved() {
        var response = api.put("/api/v1/projects/" + project.id() + "/labels", """
                [{"key": "pledge", "name": "", "color": "#2f7d32", "hotkey": "1"},
                 {"key": "pledge", "name": "Twice", "color": "red", "hotkey": "1"},
                 {"key": "Bad-Key", "name": "Bad", "color": "#ffeb3b", "hotkey": "0"}]""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response.json()))
                .containsEntry("labels[0].name", "A name has 1 to 100 characters.")
                .containsEntry("labels[1].key", "The key 'pledge' is used twice.")
                .containsEntry("labels[1].color", "A colour is written like #1a2b3c.")
                .containsEntry("labels[1].hotkey", "The hotkey 1 is used twice.")
                .containsKeys("labels[2].key", "labels[2].color", "labels[2].hotkey");
        assertThat(errors(response.json()).get("labels[2].color")).contains("unreadable", "1.2:1");

        var empty = api.put("/api/v1/projects/" + project.id() + "/labels", "[]");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(errors(empty.json())).containsEntry("labels", "A project needs at least one label.");

        var settings = api.put(
                "/api/v1/projects/" + project.id(),
                "{\"name\": \" \", \"annotatorsPerArticle\": 0, \"guidelines\": \"kept out\", \"segmenter\": \"nope\"}");
        assertThat(settings.status()).isEqualTo(400);
        assertThat(errors(settings.json())).containsKeys("name", "annotatorsPerArticle", "segmenter");

        var stored = projects.get(manager, project.id());
        assertThat(stored.labels()).isEqualTo(project.labels());
        assertThat(stored.guidelines()).isEmpty();
        assertThat(stored.schemaVersion()).isEqualTo(1);
        assertThat(stored.annotatorsPerArticle()).isEqualTo(2);
    }

    @Test
    void the_second_of_two_managers_editing_at_once_is_told_the_schema_changed() {
        var first = api.put(
                "/api/v1/projects/" + project.id() + "/labels",
                DEFAULT_SCHEMA.replace("Pledge", "Pledge of aid"),
                Map.of("If-Match", "\"1\""));
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        var second = api.put(
                "/api/v1/projects/" + project.id() + "/labels",
                DEFAULT_SCHEMA.replace("Troop claim", "Troops"),
                Map.of("If-Match", "1"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("changed since you read them", "version 1, now 2");
        assertThat(second.json().get("schemaVersion").asInt()).isEqualTo(2);
        var guidelines = api.put("/api/v1/projects/" + project.id(), "{\"guidelines\": \"x\", \"schemaVersion\": 1}");
        assertThat(guidelines.status()).isEqualTo(409);

        var stored = projects.get(manager, project.id());
        assertThat(stored.label("pledge").orElseThrow().name()).isEqualTo("Pledge of aid");
        assertThat(stored.label("troop_claim").orElseThrow().name())
                .as("nothing of the stale save")
                .isEqualTo("Troop claim");
        assertThat(stored.guidelines()).isEmpty();
        assertThat(api.put("/api/v1/projects/" + project.id(), "{\"guidelines\": \"x\", \"schemaVersion\": 2}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_archived_project_is_hidden_from_curators_and_comes_back_whole() {
        var articleId = data.article(project);
        var curatorApi = new ApiClient(port, curator.username(), TestData.PASSWORD);
        var archived = api.put("/api/v1/projects/" + project.id(), "{\"archived\": true}");
        assertThat(archived.json().get("archived").asBoolean()).isTrue();

        assertThat(ids(curatorApi.get("/api/v1/projects").json())).doesNotContain(project.id());
        assertThat(ids(api.get("/api/v1/projects").json()))
                .as("its manager still sees it")
                .contains(project.id());
        var next = curatorApi.post("/api/v1/projects/" + project.id() + "/next-article", "");
        assertThat(next.status()).isEqualTo(409);
        assertThat(next.json().get("detail").asString()).contains("archived");

        api.put("/api/v1/projects/" + project.id(), "{\"archived\": false}");
        assertThat(ids(curatorApi.get("/api/v1/projects").json())).contains(project.id());
        assertThat(curatorApi
                        .get("/api/v1/projects/" + project.id() + "/articles")
                        .body())
                .contains(String.valueOf(articleId));
    }

    static List<String> keys(JsonNode project) {
        return project.get("labels")
                .valueStream()
                .map(label -> label.get("key").asString())
                .toList();
    }

    static Map<String, String> errors(JsonNode problem) {
        var errors = new LinkedHashMap<String, String>();
        problem.get("errors")
                .forEach(error -> errors.put(
                        error.get("field").asString(), error.get("message").asString()));
        return errors;
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(project -> project.get("id").asLong()).toList();
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
