package dev.tagbench.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.ui.WorkbenchCommand.AcceptAllSuggestions;
import dev.tagbench.annotation.ui.WorkbenchCommand.AcceptSuggestions;
import dev.tagbench.annotation.ui.WorkbenchCommand.Clear;
import dev.tagbench.annotation.ui.WorkbenchCommand.Guidelines;
import dev.tagbench.annotation.ui.WorkbenchCommand.Help;
import dev.tagbench.annotation.ui.WorkbenchCommand.NextArticle;
import dev.tagbench.annotation.ui.WorkbenchCommand.Submit;
import dev.tagbench.annotation.ui.WorkbenchCommand.Toggle;
import dev.tagbench.annotation.ui.WorkbenchCommand.ToggleLabel;
import dev.tagbench.annotation.ui.WorkbenchCommand.Undo;
import dev.tagbench.base.ui.KeyboardList;
import dev.tagbench.base.ui.Shortcut;
import dev.tagbench.project.DefaultLabelSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbenchCommandTest {

    @Test
    void digits_toggle_labels_and_zero_or_backspace_clears() {
        assertThat(WorkbenchCommand.fromKey("2")).contains(new Toggle("2"));
        assertThat(WorkbenchCommand.fromKey("0")).contains(new Clear());
        assertThat(WorkbenchCommand.fromKey("Backspace")).contains(new Clear());
        assertThat(WorkbenchCommand.fromKey("label:pledge")).contains(new ToggleLabel("pledge"));
    }

    @Test
    void ctrl_or_cmd_z_undoes_and_capitals_act_on_the_article() {
        assertThat(WorkbenchCommand.fromKey("Ctrl+z")).contains(new Undo());
        assertThat(WorkbenchCommand.fromKey("Ctrl+Z")).contains(new Undo());
        assertThat(WorkbenchCommand.fromKey("S")).contains(new Submit());
        assertThat(WorkbenchCommand.fromKey("N")).contains(new NextArticle());
        assertThat(WorkbenchCommand.fromKey("a")).contains(new AcceptSuggestions());
        assertThat(WorkbenchCommand.fromKey("A")).contains(new AcceptAllSuggestions());
        assertThat(WorkbenchCommand.fromKey("Ctrl+r")).isEmpty();
        assertThat(WorkbenchCommand.fromKey("s")).isEmpty();
    }

    @Test
    void g_opens_the_guidelines_and_the_browser_sends_it() {
        assertThat(WorkbenchCommand.fromKey("g")).contains(new Guidelines());
        assertThat(WorkbenchCommand.fromKey("Ctrl+g")).isEmpty();
        assertThat(WorkbenchCommand.KEYS).contains("g");
    }

    @Test
    void question_mark_opens_help_and_unknown_keys_do_nothing() {
        assertThat(WorkbenchCommand.fromKey("?")).contains(new Help());
        assertThat(WorkbenchCommand.fromKey("x")).isEmpty();
    }

    @Test
    void every_key_sent_to_the_server_means_something_and_moves_stay_in_the_browser() {
        assertThat(WorkbenchCommand.KEYS)
                .allSatisfy(key -> assertThat(WorkbenchCommand.fromKey(key)).isPresent());
        assertThat(WorkbenchCommand.KEYS)
                .doesNotContainAnyElementsOf(KeyboardList.MOVES.keySet().stream()
                        .filter(key -> !key.equals("n"))
                        .toList());
    }

    @Test
    void the_help_lists_submit_next_article_and_every_label_key_once() {
        var labels = DefaultLabelSchema.LABELS;
        var shortcuts = WorkbenchCommand.shortcuts(labels);
        assertThat(shortcuts).extracting(Shortcut::action).anyMatch(action -> action.startsWith("Submit"));
        assertThat(shortcuts).extracting(Shortcut::action).contains("Next article");
        for (var label : labels) {
            assertThat(shortcuts)
                    .filteredOn(shortcut -> shortcut.keys().equals(label.hotkey()))
                    .singleElement()
                    .extracting(Shortcut::action)
                    .asString()
                    .contains(label.name());
        }
        assertThat(shortcuts).extracting(Shortcut::keys).doesNotHaveDuplicates();
        assertThat(List.of("Shift+S", "Shift+N", "Shift+A", "a", "Ctrl+Z", "?"))
                .allSatisfy(
                        key -> assertThat(shortcuts).extracting(Shortcut::keys).contains(key));
    }
}
