package dev.tagbench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.suggest.SentenceSuggestions;
import dev.tagbench.suggest.SuggestionService;
import dev.tagbench.support.TagbenchIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A manager's search turned into suggestions: hints for curators, never labels, through review as usual. */
@TagbenchIntegrationTest
class BulkSuggestionsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    AnnotationService annotations;

    SearchFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(context, 1, false);
    }

    @Test
    void suggestions_from_a_search_reach_curators_and_become_final_only_through_review() {
        var odesa = fixture.article(4, "Odesa");
        var lviv = fixture.article(6, "Lviv");
        var odesaSentences = fixture.sentences(odesa);
        var lvivSentences = fixture.sentences(lviv);
        fixture.assign(odesa, fixture.first);
        fixture.assign(lviv, fixture.first);
        fixture.label(fixture.first, lvivSentences.get(1), "troop_claim");
        fixture.label(fixture.first, lvivSentences.get(2), "attack_report");

        var report = search.suggest(
                fixture.manager, fixture.project.id(), SearchIT.request("troops OR drone"), "attack_report");
        assertThat(report.touched()).isEqualTo(4);
        assertThat(report.conflicting())
                .as("Lviv's troop sentence is already decided without the label; its drone sentence carries it")
                .isEqualTo(1);
        assertThat(annotations.labelsOf(fixture.first, odesa))
                .as("nothing became a label")
                .allMatch(labels -> !labels.decided());
        assertThat(ids(suggested("attack_report")))
                .containsExactlyInAnyOrder(
                        odesaSentences.get(1), odesaSentences.get(2), lvivSentences.get(1), lvivSentences.get(2));

        var shown = suggestions.forArticle(fixture.first, odesa);
        assertThat(shown)
                .extracting(SentenceSuggestions::sentenceId)
                .containsExactly(odesaSentences.get(1), odesaSentences.get(2));
        assertThat(shown.getFirst().labels().getFirst().suggester()).isEqualTo("search");
        assertThat(shown.getFirst().labels().getFirst().reason()).contains("troops OR drone");

        // The curator takes one and turns the other down; the reviewer decides as usual.
        suggestions.acceptSentence(fixture.first, odesaSentences.get(2), null);
        fixture.label(fixture.first, odesaSentences.get(1), "troop_claim");
        fixture.submit(fixture.first, odesa);
        fixture.approve(odesa, List.of(List.of("pledge"), List.of("troop_claim"), List.of("attack_report")));
        assertThat(ids(SearchIT.label("attack_report")))
                .as("final labels of the approved article, the curator's elsewhere")
                .containsExactlyInAnyOrder(odesaSentences.get(2), lvivSentences.get(2));
    }

    @Test
    void only_managers_turn_searches_into_suggestions_and_only_bounded_ones() {
        fixture.article(9, "Sumy");
        assertThatThrownBy(() ->
                        search.suggest(fixture.reviewer, fixture.project.id(), SearchIT.request("drone"), "pledge"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        search.suggest(fixture.manager, fixture.project.id(), SearchIT.request("drone"), "weather"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no label 'weather'");
        var similar = new SearchRequest(
                null, null, null, null, null, null, null, null, null, 1L, SearchRequest.Sort.RELEVANCE, 0, 20);
        assertThatThrownBy(() -> search.suggest(fixture.manager, fixture.project.id(), similar, "pledge"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("similarTo");
    }

    private List<Long> ids(SearchRequest request) {
        return search.search(fixture.manager, fixture.project.id(), request).items().stream()
                .map(SearchHit::sentenceId)
                .toList();
    }

    private static SearchRequest suggested(String key) {
        return new SearchRequest(
                null, null, null, null, null, key, null, null, null, null, SearchRequest.Sort.ARTICLE, 0, 20);
    }
}
