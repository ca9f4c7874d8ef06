package dev.tagbench.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ArticleTransitionTest {

    @Test
    void each_transition_starts_only_from_its_states() {
        assertThat(from(ArticleTransition.START)).containsExactly(ArticleState.NEW);
        assertThat(from(ArticleTransition.ALL_SUBMITTED)).containsExactly(ArticleState.IN_PROGRESS);
        assertThat(from(ArticleTransition.REOPEN)).containsExactly(ArticleState.ANNOTATED);
        assertThat(from(ArticleTransition.START_REVIEW)).containsExactly(ArticleState.ANNOTATED);
        assertThat(from(ArticleTransition.APPROVE)).containsExactly(ArticleState.IN_REVIEW);
        assertThat(from(ArticleTransition.REJECT)).containsExactly(ArticleState.IN_REVIEW);
        assertThat(from(ArticleTransition.RESUME)).containsExactly(ArticleState.REJECTED);
        assertThat(from(ArticleTransition.IMPORT_APPROVED)).containsExactly(ArticleState.NEW);
        assertThat(from(ArticleTransition.RETURN_TO_REVIEW)).containsExactly(ArticleState.APPROVED);
    }

    @Test
    void an_approved_article_only_goes_back_to_review_for_a_correction() {
        assertThat(Arrays.stream(ArticleTransition.values()).filter(t -> t.allowedFrom(ArticleState.APPROVED)))
                .containsExactly(ArticleTransition.RETURN_TO_REVIEW);
        assertThat(ArticleTransition.RETURN_TO_REVIEW.target()).isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void every_state_can_be_left_and_every_state_but_new_reached() {
        var leavable = EnumSet.noneOf(ArticleState.class);
        var reachable = EnumSet.noneOf(ArticleState.class);
        for (var transition : ArticleTransition.values()) {
            leavable.addAll(from(transition));
            reachable.add(transition.target());
        }
        assertThat(leavable).isEqualTo(EnumSet.allOf(ArticleState.class));
        assertThat(reachable).isEqualTo(EnumSet.complementOf(EnumSet.of(ArticleState.NEW)));
    }

    private static EnumSet<ArticleState> from(ArticleTransition transition) {
        var states = EnumSet.noneOf(ArticleState.class);
        for (var state : ArticleState.values()) {
            if (transition.allowedFrom(state)) {
                states.add(state);
            }
        }
        return states;
    }

    @Test
    void the_workflow_diagram_of_the_docs_shows_every_transition() throws IOException {
        var docs = Files.readString(Path.of("docs/architecture.md"));
        var diagram = docs.substring(docs.indexOf("## The workflow"), docs.indexOf("- **Slots**"));
        assertThat(Arrays.stream(ArticleTransition.values()).map(Enum::name)).allMatch(diagram::contains);
        assertThat(Arrays.stream(ArticleState.values()).map(Enum::name)).allMatch(diagram::contains);
    }
}
