package dev.tagbench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.user.AppUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** similarTo ranks by meaning with the real sentence encoder, over the sentences the viewer may see. */
@TagbenchIntegrationTest
class SimilarSentencesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    @Test
    void the_sentence_that_means_the_same_comes_first_and_sentences_without_vectors_are_counted() {
        var fixture = new SearchFixture(context, 1, false);
        var first = fixture.sentences(fixture.article(2, "Uzhhorod"));
        var second = fixture.sentences(fixture.article(3, "Chernivtsi"));

        var cold = find(fixture.manager, fixture, first.getFirst());
        assertThat(cold.notEmbedded())
                .as("no vectors stored yet but the source's: the others are counted, not compared")
                .isEqualTo(5);
        // Asking from each sentence stores its vector, as the suggestions do for every sentence they see.
        for (var sentence :
                List.of(first, second).stream().flatMap(List::stream).toList()) {
            find(fixture.manager, fixture, sentence);
        }

        var warm = find(fixture.manager, fixture, first.getFirst());
        assertThat(warm.notEmbedded()).isZero();
        assertThat(warm.total()).as("every other sentence compared").isEqualTo(5);
        assertThat(warm.items()).extracting(SearchHit::sentenceId).doesNotContain(first.getFirst());
        assertThat(warm.items().getFirst().sentenceId())
                .as("the other pledge of aid")
                .isEqualTo(second.getFirst());
        assertThat(warm.items()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        assertThatThrownBy(() -> find(fixture.outsider, fixture, first.getFirst()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("that you may see");
    }

    private SearchHit.Page find(AppUser actor, SearchFixture fixture, long sentence) {
        return search.search(
                actor,
                fixture.project.id(),
                new SearchRequest(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        sentence,
                        SearchRequest.Sort.RELEVANCE,
                        0,
                        20));
    }
}
