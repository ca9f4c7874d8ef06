package dev.tagbench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.article.ArticleState;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each filter, the words and their highlights, and who finds what. */
@TagbenchIntegrationTest
class SearchIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    SearchFixture fixture;
    long odesa;
    long kharkiv;
    List<Long> odesaSentences;
    List<Long> kharkivSentences;

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(context, 2, true);
        odesa = fixture.article(3, "Odesa");
        kharkiv = fixture.article(20, "Kharkiv");
        odesaSentences = fixture.sentences(odesa);
        kharkivSentences = fixture.sentences(kharkiv);
        fixture.assign(odesa, fixture.first, fixture.second);
    }

    @Test
    void words_are_stemmed_phrases_kept_together_and_hits_highlighted() {
        var page = find(fixture.manager, request("pledge"));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .extracting(SearchHit::sentenceId)
                .containsExactlyInAnyOrder(odesaSentences.get(0), kharkivSentences.get(0));
        var hit = page.items().getFirst();
        assertThat(hit.fragments())
                .filteredOn(SearchHit.Fragment::hit)
                .extracting(SearchHit.Fragment::text)
                .containsExactly("pledged");
        assertThat(String.join(
                        "",
                        hit.fragments().stream().map(SearchHit.Fragment::text).toList()))
                .isEqualTo(hit.text());

        assertThat(ids(fixture.manager, request("\"drone attack\" Odesa"))).containsExactly(odesaSentences.get(2));
        assertThat(find(fixture.manager, request("\"attack drone\"")).total()).isZero();
        assertThat(ids(fixture.manager, request("troops -Kharkiv"))).containsExactly(odesaSentences.get(1));
        assertThat(ids(fixture.manager, request("kharkiv or odesa")))
                .as("or, and every sentence names its place")
                .hasSize(6);
    }

    @Test
    void relevance_puts_the_better_match_first_and_article_order_reads_in_order() {
        var byRelevance = find(fixture.manager, request("odesa troops"));
        assertThat(byRelevance.items().getFirst().sentenceId()).isEqualTo(odesaSentences.get(1));
        var inOrder = find(fixture.manager, with(SearchRequest.all(), null, SearchRequest.Sort.ARTICLE));
        assertThat(inOrder.items())
                .extracting(SearchHit::sentenceId)
                .containsExactly(
                        odesaSentences.get(0),
                        odesaSentences.get(1),
                        odesaSentences.get(2),
                        kharkivSentences.get(0),
                        kharkivSentences.get(1),
                        kharkivSentences.get(2));
        assertThat(inOrder.items().getFirst().link())
                .isEqualTo("articles/" + odesa + "?sentence=" + odesaSentences.get(0));
    }

    @Test
    void pages_are_bounded_and_count_the_whole() {
        var second = find(fixture.manager, SearchRequest.all().withPage(1, 4));
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.items()).hasSize(2);
        assertThatThrownBy(() -> find(fixture.manager, SearchRequest.all().withPage(0, 101)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> find(fixture.manager, SearchRequest.all().withPage(100, 100)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10000");
        assertThatThrownBy(() -> find(fixture.manager, request("the")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no words");
        assertThatThrownBy(() -> find(fixture.manager, request("\"((("))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void label_filter_reads_curators_labels_before_approval_and_final_labels_after() {
        fixture.label(fixture.first, odesaSentences.get(1), "troop_claim");
        assertThat(ids(fixture.manager, label("troop_claim"))).containsExactly(odesaSentences.get(1));
        assertThat(find(fixture.manager, label("troop_claim"))
                        .items()
                        .getFirst()
                        .labels())
                .containsExactly("troop_claim");
        assertThatThrownBy(() -> find(fixture.manager, label("weather")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no label 'weather'");

        fixture.label(fixture.second, odesaSentences.get(1), "troop_claim");
        fixture.submit(fixture.first, odesa);
        fixture.submit(fixture.second, odesa);
        fixture.approve(odesa, List.of(List.of("pledge"), List.of(), List.of("attack_report")));
        assertThat(find(fixture.manager, label("troop_claim")).total())
                .as("the reviewer decided otherwise: final labels count once approved")
                .isZero();
        assertThat(ids(fixture.reviewer, label("pledge"))).containsExactly(odesaSentences.get(0));
    }

    @Test
    void in_a_blind_project_curators_find_only_their_articles_and_only_their_own_labels() {
        fixture.label(fixture.first, odesaSentences.get(0), "pledge");
        assertThat(ids(fixture.first, label("pledge"))).containsExactly(odesaSentences.get(0));
        assertThat(find(fixture.second, label("pledge")).total())
                .as("the other curator of the article never finds the first one's labels")
                .isZero();
        var secondSees = find(fixture.second, request("pledged"));
        assertThat(secondSees.items()).extracting(SearchHit::sentenceId).containsExactly(odesaSentences.get(0));
        assertThat(secondSees.items().getFirst().labels()).isEmpty();
        assertThat(find(fixture.outsider, request("pledged")).total())
                .as("a curator who holds neither article finds nothing")
                .isZero();
        assertThat(find(fixture.first, curator(fixture.second.username())).total())
                .isZero();
        assertThatThrownBy(() -> find(data().user("stranger"), SearchRequest.all()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void in_an_open_project_curators_see_each_others_labels_on_articles_they_hold() {
        var open = new SearchFixture(context, 2, false);
        var article = open.article(5, "Sumy");
        var sentences = open.sentences(article);
        open.assign(article, open.first, open.second);
        open.label(open.first, sentences.get(0), "pledge");
        assertThat(search.search(open.second, open.project.id(), label("pledge"))
                        .items())
                .extracting(SearchHit::sentenceId)
                .containsExactly(sentences.get(0));
        assertThat(search.search(open.outsider, open.project.id(), label("pledge"))
                        .total())
                .isZero();
    }

    @Test
    void a_reviewer_who_curates_an_article_sees_only_their_own_labels_there() {
        var curatingReviewer = data().user("search-curating-reviewer");
        data().member(fixture.project, curatingReviewer, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);
        fixture.assign(kharkiv, fixture.first, curatingReviewer);
        fixture.label(fixture.first, kharkivSentences.get(0), "pledge");
        fixture.label(curatingReviewer, kharkivSentences.get(0), "attack_report");
        assertThat(find(curatingReviewer, label("pledge")).total()).isZero();
        assertThat(find(curatingReviewer, disagreement("any")).total()).isZero();
        assertThat(ids(fixture.reviewer, disagreement("any"))).containsExactly(kharkivSentences.get(0));
    }

    @Test
    void disagreement_on_any_label_or_on_one() {
        fixture.label(fixture.first, odesaSentences.get(0), "pledge");
        fixture.label(fixture.second, odesaSentences.get(0), "pledge", "troop_claim");
        fixture.label(fixture.first, odesaSentences.get(2), "attack_report");
        fixture.label(fixture.second, odesaSentences.get(2), "attack_report");
        assertThat(ids(fixture.reviewer, disagreement("any"))).containsExactly(odesaSentences.get(0));
        assertThat(ids(fixture.reviewer, disagreement("troop_claim"))).containsExactly(odesaSentences.get(0));
        assertThat(find(fixture.reviewer, disagreement("pledge")).total()).isZero();
        assertThat(find(fixture.first, disagreement("any")).total())
                .as("curators of a blind project never learn that others decided otherwise")
                .isZero();
    }

    @Test
    void curator_state_and_date_filters() {
        fixture.label(fixture.second, odesaSentences.get(2), "attack_report");
        assertThat(ids(fixture.manager, curator(fixture.second.username().toUpperCase())))
                .containsExactly(odesaSentences.get(2));
        var inProgress = new SearchRequest(
                null,
                null,
                null,
                ArticleState.IN_PROGRESS,
                null,
                null,
                null,
                null,
                null,
                null,
                SearchRequest.Sort.ARTICLE,
                0,
                20);
        assertThat(find(fixture.manager, inProgress).items())
                .extracting(SearchHit::articleId)
                .containsOnly(odesa);
        var late = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 5, 31),
                null,
                SearchRequest.Sort.ARTICLE,
                0,
                20);
        assertThat(find(fixture.manager, late).items())
                .extracting(SearchHit::articleId)
                .containsOnly(kharkiv);
        var backwards = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 5, 1),
                null,
                SearchRequest.Sort.ARTICLE,
                0,
                20);
        assertThatThrownBy(() -> find(fixture.manager, backwards)).isInstanceOf(InvalidInputException.class);
    }

    private TestData data() {
        return context.getBean(TestData.class);
    }

    private SearchHit.Page find(AppUser actor, SearchRequest request) {
        return search.search(actor, fixture.project.id(), request);
    }

    private List<Long> ids(AppUser actor, SearchRequest request) {
        return find(actor, request).items().stream().map(SearchHit::sentenceId).toList();
    }

    static SearchRequest request(String q) {
        return SearchRequest.all().withQuery(q);
    }

    static SearchRequest with(SearchRequest request, @Nullable String q, SearchRequest.Sort sort) {
        return new SearchRequest(
                q,
                request.label(),
                request.curator(),
                request.state(),
                request.disagreement(),
                request.suggestion(),
                request.minScore(),
                request.from(),
                request.to(),
                request.similarTo(),
                sort,
                request.page(),
                request.size());
    }

    static SearchRequest label(String key) {
        return new SearchRequest(
                null, key, null, null, null, null, null, null, null, null, SearchRequest.Sort.ARTICLE, 0, 20);
    }

    static SearchRequest curator(String username) {
        return new SearchRequest(
                null, null, username, null, null, null, null, null, null, null, SearchRequest.Sort.ARTICLE, 0, 20);
    }

    static SearchRequest disagreement(String on) {
        return new SearchRequest(
                null, null, null, null, on, null, null, null, null, null, SearchRequest.Sort.ARTICLE, 0, 20);
    }
}
