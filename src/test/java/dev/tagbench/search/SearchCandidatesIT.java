package dev.tagbench.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Search narrows and orders candidates before it checks whose decisions match: the answers stay
 * exact when the label keys a sentence once carried are no longer any decision's, and when the
 * checks drop every one of the best-ranked candidates a page looks at first.
 */
@TagbenchIntegrationTest
class SearchCandidatesIT {

    static final int SENTENCES = 200;

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    @Autowired
    TestData data;

    SearchFixture fixture;
    long article;
    List<Long> sentences;

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(context, 1, false);
        var text = IntStream.range(0, SENTENCES)
                .mapToObj(n -> "Troops were moving towards checkpoint " + n + " overnight.")
                .collect(Collectors.joining(" "));
        article = data.article(fixture.project, "Checkpoints\n\n" + text + "\n");
        sentences = fixture.sentences(article);
        fixture.assign(article, fixture.first);
    }

    @Test
    void a_label_taken_off_again_is_not_found_by_it() {
        fixture.label(fixture.first, sentences.get(3), "pledge");
        fixture.label(fixture.first, sentences.get(4), "pledge");
        fixture.label(fixture.first, sentences.get(3));

        assertThat(ids(SearchIT.with(SearchIT.label("pledge"), "troops", SearchRequest.Sort.RELEVANCE)))
                .containsExactly(sentences.get(4));
        assertThat(search.search(fixture.manager, fixture.project.id(), SearchIT.label("pledge"))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void a_hit_behind_every_candidate_the_page_looked_at_first_is_still_found() {
        assertThat(sentences).hasSize(SENTENCES);
        var last = sentences.getLast();
        fixture.label(fixture.first, last, "troop_claim");

        var byCurator = search.search(
                fixture.manager,
                fixture.project.id(),
                SearchIT.with(SearchIT.curator(fixture.first.username()), "troops", SearchRequest.Sort.RELEVANCE));
        assertThat(byCurator.items()).extracting(SearchHit::sentenceId).containsExactly(last);
        assertThat(byCurator.total()).isEqualTo(1);

        var inOrder = search.search(
                fixture.manager,
                fixture.project.id(),
                SearchIT.curator(fixture.first.username()).withPage(0, 5));
        assertThat(inOrder.items()).extracting(SearchHit::sentenceId).containsExactly(last);
    }

    private List<Long> ids(SearchRequest request) {
        return search.search(fixture.manager, fixture.project.id(), request).items().stream()
                .map(SearchHit::sentenceId)
                .toList();
    }
}
