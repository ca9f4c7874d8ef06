package dev.tagbench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.article.ArticleService;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Approve articles, train in the background, get suggestions and accept them, through the REST API. */
@TagbenchIntegrationTest
class SuggestionsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    SuggesterService suggesters;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void approved_sentences_train_a_model_whose_suggestions_curators_accept_and_active_learning_follows() {
        var fx = new SuggestFixture(context, 1);
        for (var i = 0; i < 8; i++) {
            fx.approved();
        }
        var open = List.of(fx.article(), fx.article(), fx.article());
        // Each approval asked for a training, debounced: one job for the project, due in the future.
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'suggester-training' "
                                + "and task_instance = :id and execution_time > now()")
                        .param("id", fx.project.id() + "/minilm")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var manager = client(fx.manager);
        var train = manager.post("/api/v1/projects/" + fx.project.id() + "/suggesters/minilm/train", "");
        assertThat(train.status()).as(train.body()).isEqualTo(202);
        var ready = SuggestFixture.awaitStatus(manager, fx.project.id(), "minilm", "ready");
        assertThat(ready.get("trainedOn").asInt()).isEqualTo(24);
        assertThat(ready.get("trainedAt").isNull()).isFalse();
        var pledge = ready.at("/quality/perLabel/pledge");
        assertThat(pledge.get("support").asInt()).isEqualTo(8);
        assertThat(pledge.get("f1").asDouble()).isGreaterThan(0.5);
        assertThat(ready.at("/quality/perLabel/troop_claim/support").asInt()).isZero();

        // The curator takes an open article; suggestions come with their model, pledges get "pledge".
        var curator = client(fx.curator);
        var articleId = open.getFirst();
        assignments.assign(fx.manager, articleId, fx.curator.username());
        var shown = curator.get("/api/v1/articles/" + articleId + "/suggestions");
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        var sentences = articles.get(fx.manager, articleId).sentences();
        var pledgeSentence = sentences.getFirst();
        assertThat(SuggestFixture.truth(pledgeSentence.cleanText())).containsExactly("pledge");
        var forPledge = labelsOf(shown.json(), pledgeSentence.id());
        assertThat(forPledge).extracting(label -> label.get("key").asString()).contains("pledge");
        assertThat(forPledge.getFirst().get("suggester").asString()).isEqualTo("minilm");
        assertThat(forPledge.getFirst().get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(forPledge.getFirst().get("modelVersion").asString()).startsWith("all-minilm-l6-v2-q@");
        assertThat(labelsOf(shown.json(), sentences.getLast().id()))
                .extracting(label -> label.get("key").asString())
                .doesNotContain("pledge");

        var accepted = curator.post("/api/v1/sentences/" + pledgeSentence.id() + "/suggestions/accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("labels").get(0).asString()).isEqualTo("pledge");
        assertThat(jdbc.sql("select source from annotation_history where sentence_id = :s and user_id = :u")
                        .param("s", pledgeSentence.id())
                        .param("u", fx.curator.id())
                        .query(String.class)
                        .list())
                .containsExactly("SUGGESTION");
        var all = curator.post("/api/v1/articles/" + articleId + "/suggestions/accept", "");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        // The pledge sentence was decided already and is left as it is.
        assertThat(annotations.labelsOf(fx.curator, articleId))
                .filteredOn(labels -> labels.sentenceId() == pledgeSentence.id())
                .singleElement()
                .satisfies(labels -> assertThat(labels.version()).isEqualTo(1));
        // The curator changes her mind about the pledge: the dashboard counts it as changed.
        annotations.setLabels(fx.curator, pledgeSentence.id(), List.of(), null, ChangeSource.UI);
        assertThat(suggesters.outcomes(fx.manager, fx.project.id()))
                .filteredOn(outcome -> outcome.label().equals("pledge"))
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.changed()).isEqualTo(1));

        // Active learning: the most uncertain open article that can take a curator comes first.
        var uncertain = manager.get("/api/v1/projects/" + fx.project.id() + "/uncertain?limit=10");
        assertThat(uncertain.status()).as(uncertain.body()).isEqualTo(200);
        var ranked = new ArrayList<Long>();
        var previous = Double.MAX_VALUE;
        for (var row : uncertain.json()) {
            ranked.add(row.get("articleId").asLong());
            assertThat(row.get("uncertainty").asDouble()).isBetween(0.0, previous);
            previous = row.get("uncertainty").asDouble();
        }
        assertThat(ranked).containsExactlyInAnyOrderElementsOf(open);
        var settings = manager.put(
                "/api/v1/projects/" + fx.project.id() + "/suggestion-settings", "{\"activeLearning\": true}");
        assertThat(settings.json().get("activeLearning").asBoolean()).isTrue();
        var second = data.user("sg-second");
        data.member(fx.project, second, ProjectRole.ANNOTATOR);
        var next = client(second).post("/api/v1/projects/" + fx.project.id() + "/next-article", "");
        assertThat(next.json().get("articleId").asLong())
                .isEqualTo(ranked.stream()
                        .filter(id -> id != articleId)
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void a_curators_unreviewed_labels_never_train_and_never_come_back_as_suggestions() {
        var fx = new SuggestFixture(context, 1);
        for (var i = 0; i < 6; i++) {
            fx.approved();
        }
        // A curator marks every sentence of two articles as a troop claim and submits them: not approved.
        var secret = List.of(fx.article(), fx.article());
        for (var articleId : secret) {
            articles.get(fx.manager, articleId)
                    .sentences()
                    .forEach(sentence -> annotations.setLabels(
                            fx.curator, sentence.id(), List.of("troop_claim"), null, ChangeSource.API));
            assignments.submit(fx.curator, articleId);
        }
        // A reviewer's final labels on an article still in review do not train either.
        reviews.start(fx.reviewer, secret.getFirst());
        articles.get(fx.manager, secret.getFirst())
                .sentences()
                .forEach(sentence ->
                        reviews.setFinal(fx.reviewer, secret.getFirst(), sentence.id(), List.of("troop_claim"), null));

        var manager = client(fx.manager);
        manager.post("/api/v1/projects/" + fx.project.id() + "/suggesters/minilm/train", "");
        var ready = SuggestFixture.awaitStatus(manager, fx.project.id(), "minilm", "ready");
        assertThat(ready.get("trainedOn").asInt()).isEqualTo(18);
        assertThat(ready.at("/quality/perLabel/troop_claim/support").asInt()).isZero();

        // Another curator, on a new article with the very sentences labelled in secret, never sees troop_claim.
        var other = data.user("sg-other");
        data.member(fx.project, other, ProjectRole.ANNOTATOR);
        var fresh = fx.article();
        assignments.assign(fx.manager, fresh, other.username());
        for (var articleId : List.of(fresh, secret.getLast())) {
            var response = articleId == fresh
                    ? client(other).get("/api/v1/articles/" + articleId + "/suggestions")
                    : manager.get("/api/v1/articles/" + articleId + "/suggestions");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("troop_claim");
        }
    }

    @Test
    void curators_see_suggestions_only_where_the_project_shows_them_and_on_articles_they_hold() {
        var fx = new SuggestFixture(context, 2);
        var articleId = fx.article();
        var curator = client(fx.curator);
        var path = "/api/v1/articles/" + articleId + "/suggestions";
        assignments.assign(fx.manager, articleId, fx.curator.username());
        var hidden = curator.get(path);
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.json().get("detail").asString()).contains("blind");
        assertThat(client(fx.reviewer).get(path).status()).isEqualTo(200);
        var settings = client(fx.manager).get("/api/v1/projects/" + fx.project.id() + "/suggestion-settings");
        assertThat(settings.json().get("curatorsSee").asBoolean()).isFalse();
        assertThat(settings.json().get("curatorsSeeReason").asString()).contains("bias their agreement");

        client(fx.manager)
                .put("/api/v1/projects/" + fx.project.id() + "/suggestion-settings", "{\"curatorsSee\": true}");
        assertThat(curator.get(path).status()).isEqualTo(200);
        var stranger = data.user("sg-stranger");
        data.member(fx.project, stranger, ProjectRole.ANNOTATOR);
        assertThat(client(stranger).get(path).status())
                .as("a curator without a slot")
                .isEqualTo(403);
    }

    @Test
    void rules_written_by_a_manager_suggest_at_once_and_bad_rules_are_refused() {
        var fx = new SuggestFixture(context, 1);
        var manager = client(fx.manager);
        var path = "/api/v1/projects/" + fx.project.id() + "/suggesters/rules";
        var bad = manager.put(
                path,
                "{\"enabled\": true, \"settings\": {\"rules\": [{\"label\": \"pledge\", "
                        + "\"patterns\": [\"(?<=aid)\"]}]}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("settings");
        var good = manager.put(
                path,
                "{\"enabled\": true, \"settings\": {\"rules\": [{\"label\": \"attack_report\", "
                        + "\"keywords\": [\"missile attack\"], \"score\": 0.95}]}}");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("status").asString()).isEqualTo("ready");

        var articleId = fx.article();
        var shown =
                manager.get("/api/v1/articles/" + articleId + "/suggestions").json();
        var attack = articles.get(fx.manager, articleId).sentences().get(1);
        assertThat(labelsOf(shown, attack.id())).singleElement().satisfies(label -> {
            assertThat(label.get("key").asString()).isEqualTo("attack_report");
            assertThat(label.get("score").asDouble()).isEqualTo(0.95);
            assertThat(label.get("reason").asString()).contains("missile attack");
        });
    }

    private ApiClient client(AppUser user) {
        return new ApiClient(port, user.username(), TestData.PASSWORD);
    }

    private static List<JsonNode> labelsOf(JsonNode suggestions, long sentenceId) {
        for (var sentence : suggestions) {
            if (sentence.get("sentenceId").asLong() == sentenceId) {
                return sentence.get("labels").valueStream().toList();
            }
        }
        return List.of();
    }
}
