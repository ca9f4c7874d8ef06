package dev.tagbench.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.base.ui.Shortcut;
import dev.tagbench.project.DefaultLabelSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCommandTest {

    @Test
    void letters_take_a_curators_labels_and_capitals_act_on_the_article() {
        assertThat(ReviewCommand.fromKey("a")).contains(new ReviewCommand.Accept(0));
        assertThat(ReviewCommand.fromKey("b")).contains(new ReviewCommand.Accept(1));
        assertThat(ReviewCommand.fromKey("A")).contains(new ReviewCommand.Approve());
        assertThat(ReviewCommand.fromKey("R")).contains(new ReviewCommand.Reject());
        assertThat(ReviewCommand.fromKey("N")).contains(new ReviewCommand.NextArticle());
        assertThat(ReviewCommand.fromKey("m")).contains(new ReviewCommand.Comment());
        assertThat(ReviewCommand.fromKey("?")).contains(new ReviewCommand.Help());
        assertThat(ReviewCommand.fromKey("1")).contains(new ReviewCommand.Toggle("1"));
        assertThat(ReviewCommand.fromKey("0")).contains(new ReviewCommand.Clear());
        assertThat(ReviewCommand.fromKey("z")).isEmpty();
        assertThat(ReviewCommand.KEYS)
                .allSatisfy(key -> assertThat(ReviewCommand.fromKey(key)).isPresent());
    }

    @Test
    void the_help_names_each_label_key_each_curator_letter_and_approve() {
        var shortcuts = ReviewCommand.shortcuts(DefaultLabelSchema.LABELS, List.of("alice", "bob"));
        for (var label : DefaultLabelSchema.LABELS) {
            assertThat(shortcuts)
                    .filteredOn(shortcut -> shortcut.keys().equals(label.hotkey()))
                    .singleElement()
                    .extracting(Shortcut::action)
                    .asString()
                    .contains(label.name());
        }
        assertThat(shortcuts).contains(new Shortcut("a", "Take curator A (alice)'s labels"));
        assertThat(shortcuts).contains(new Shortcut("b", "Take curator B (bob)'s labels"));
        assertThat(shortcuts).extracting(Shortcut::action).anyMatch(action -> action.startsWith("Approve"));
        assertThat(shortcuts).extracting(Shortcut::keys).doesNotHaveDuplicates();
    }
}
