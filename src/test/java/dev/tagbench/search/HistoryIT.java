package dev.tagbench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.HistoryEntry;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.SentenceEditService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.suggest.SuggestionService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Every kind of change shows in a sentence's history, in the API's shape, to those who may see it. */
@TagbenchIntegrationTest
class HistoryIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    HistoryService history;

    @Autowired
    AnnotationService annotations;

    @Autowired
    SentenceEditService edits;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    SearchService search;

    @Autowired
    ReviewService reviews;

    @Autowired
    ArticleService articles;

    @Autowired
    ApiTokenService tokens;

    @LocalServerPort
    int port;

    SearchFixture fixture;
    long article;
    List<Long> sentences;

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(context, 1, false);
        article = fixture.article(7, "Mariupol");
        sentences = fixture.sentences(article);
        fixture.assign(article, fixture.first);
    }

    @Test
    void every_kind_of_change_is_in_the_sentence_history_with_who_when_before_after_and_source() {
        var pledge = sentences.get(0);
        var troops = sentences.get(1);
        var attack = sentences.get(2);
        // In the workbench, then through the API.
        fixture.label(fixture.first, pledge, "pledge");
        var api = ApiClient.withToken(
                port, tokens.create(fixture.first, "history").token());
        assertThat(api.put("/api/v1/sentences/" + pledge + "/labels", "{\"labels\": [\"pledge\", \"troop_claim\"]}")
                        .status())
                .isEqualTo(200);
        // Undo of a first decision takes it back.
        var first = annotations.setLabels(fixture.first, troops, List.of("troop_claim"), 0, ChangeSource.UI);
        annotations.withdraw(fixture.first, troops, first.version());
        // A manager's search becomes a suggestion the curator accepts.
        var bulk = search.suggest(fixture.manager, fixture.project.id(), SearchIT.request("drone"), "attack_report");
        assertThat(bulk.touched()).isEqualTo(1);
        suggestions.acceptSentence(fixture.first, attack, null);
        // A manager splits the labelled sentence and merges it again.
        var text = articles.get(fixture.manager, article).sentences().getFirst();
        var secondPart =
                edits.split(fixture.manager, pledge, text.start() + text.text().indexOf(" pledged"));
        edits.mergeWithNext(fixture.manager, pledge);
        // The schema loses troop_claim, taken out of every decision.
        var setup = context.getBean(ProjectSetupService.class);
        var kept = new ArrayList<Label>();
        fixture.project.labels().stream()
                .filter(label -> !label.key().equals("troop_claim"))
                .forEach(kept::add);
        setup.save(fixture.manager, fixture.project.id(), ProjectChanges.NONE, kept, null, true);
        // Review: final labels and the article's states.
        fixture.submit(fixture.first, article);
        reviews.start(fixture.reviewer, article);
        reviews.setFinal(fixture.reviewer, article, pledge, List.of("pledge"), null);

        var entries = json(api("/api/v1/sentences/" + pledge + "/history", fixture.manager));
        assertThat(entries)
                .extracting(
                        e -> e.get("kind").asString() + "/" + e.get("source").asString())
                .containsSubsequence(
                        "label/UI",
                        "label/API",
                        "split/SPLIT",
                        "merge/MERGE",
                        "schema/SCHEMA",
                        "state/WORKFLOW",
                        "final/REVIEW");
        var viaApi = entries.stream()
                .filter(e -> e.get("source").asString().equals("API"))
                .findFirst()
                .orElseThrow();
        assertThat(viaApi.get("actor").asString()).isEqualTo(fixture.first.username());
        assertThat(viaApi.get("annotator").asString()).isEqualTo(fixture.first.username());
        assertThat(strings(viaApi.get("before"))).containsExactly("pledge");
        assertThat(strings(viaApi.get("after"))).containsExactly("pledge", "troop_claim");
        assertThat(viaApi.get("at").asString()).isNotBlank();
        var schema = entries.stream()
                .filter(e -> e.get("kind").asString().equals("schema"))
                .findFirst()
                .orElseThrow();
        assertThat(schema.get("actor").asString()).isEqualTo(fixture.manager.username());
        assertThat(strings(schema.get("after"))).containsExactly("pledge");
        assertThat(entries.stream().map(e -> e.get("at").asString()).toList())
                .as("oldest first")
                .isSorted();

        assertThat(kindsAndSources(history.ofSentence(fixture.manager, troops)))
                .containsSubsequence("label/UI", "label/UNDO");
        assertThat(history.ofSentence(fixture.manager, troops).stream()
                        .filter(e -> e.source().equals("UNDO"))
                        .findFirst()
                        .orElseThrow()
                        .after())
                .as("withdrawn: undecided again")
                .isNull();
        assertThat(kindsAndSources(history.ofSentence(fixture.manager, attack))).contains("label/SUGGESTION");
        assertThat(kindsAndSources(history.ofSentence(fixture.manager, secondPart)))
                .as("the part merged away keeps its history")
                .contains("split/SPLIT", "merge/MERGE");
        assertThat(history.ofArticle(fixture.manager, article))
                .extracting(HistoryEntry::kind)
                .contains("label", "split", "merge", "schema", "state", "final");
    }

    @Test
    void curators_see_only_what_they_may_and_the_feed_is_for_managers() {
        var blind = new SearchFixture(context, 2, true);
        var shared = blind.article(8, "Kherson");
        var sentence = blind.sentences(shared).getFirst();
        blind.assign(shared, blind.first, blind.second);
        blind.label(blind.first, sentence, "pledge");
        blind.label(blind.second, sentence, "attack_report");

        assertThat(history.ofSentence(blind.second, sentence))
                .filteredOn(e -> e.kind().equals("label"))
                .extracting(HistoryEntry::annotator)
                .containsOnly(blind.second.username());
        var asSecond = api("/api/v1/articles/" + shared + "/changes", blind.second);
        assertThat(asSecond.status()).isEqualTo(200);
        assertThat(asSecond.body()).doesNotContain(blind.first.username(), "pledge");
        assertThat(history.ofSentence(blind.manager, sentence))
                .extracting(HistoryEntry::annotator)
                .contains(blind.first.username(), blind.second.username());
        assertThatThrownBy(() -> history.ofSentence(blind.outsider, sentence)).isInstanceOf(ForbiddenException.class);
        assertThat(api("/api/v1/sentences/" + sentence + "/history", blind.outsider)
                        .status())
                .isEqualTo(403);

        var feed = history.activity(blind.manager, blind.project.id(), 0, 2);
        assertThat(feed).hasSize(2);
        assertThat(feed.getFirst().at()).isAfterOrEqualTo(feed.get(1).at());
        assertThat(history.activity(blind.manager, blind.project.id(), 1, 2))
                .as("the next page goes further back")
                .allMatch(e -> !e.at().isAfter(feed.get(1).at()));
        assertThat(api("/api/v1/projects/" + blind.project.id() + "/activity", blind.reviewer)
                        .status())
                .isEqualTo(403);
        var tooBig = api("/api/v1/projects/" + blind.project.id() + "/activity?size=500", blind.manager);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("1 to 200");
        assertThatThrownBy(() -> history.activity(blind.manager, blind.project.id(), 100, 200))
                .isInstanceOf(InvalidInputException.class);
    }

    private ApiClient.Response api(String path, AppUser user) {
        return ApiClient.withToken(port, tokens.create(user, "history").token()).get(path);
    }

    private static List<JsonNode> json(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    private static List<String> kindsAndSources(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.kind() + "/" + e.source()).toList();
    }
}
