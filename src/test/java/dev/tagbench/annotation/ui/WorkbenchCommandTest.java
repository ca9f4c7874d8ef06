package dev.tagbench.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.ui.WorkbenchCommand.Clear;
import dev.tagbench.annotation.ui.WorkbenchCommand.Guidelines;
import dev.tagbench.annotation.ui.WorkbenchCommand.Help;
import dev.tagbench.annotation.ui.WorkbenchCommand.Move;
import dev.tagbench.annotation.ui.WorkbenchCommand.Toggle;
import dev.tagbench.annotation.ui.WorkbenchCommand.Undo;
import dev.tagbench.base.ui.ListFocus;
import org.junit.jupiter.api.Test;

class WorkbenchCommandTest {

    @Test
    void arrows_and_vim_keys_move_between_sentences() {
        assertThat(WorkbenchCommand.fromKey("j", false, false, false)).contains(new Move(ListFocus.Move.NEXT));
        assertThat(WorkbenchCommand.fromKey("ArrowDown", false, false, false)).contains(new Move(ListFocus.Move.NEXT));
        assertThat(WorkbenchCommand.fromKey("k", false, false, false)).contains(new Move(ListFocus.Move.PREVIOUS));
        assertThat(WorkbenchCommand.fromKey("ArrowUp", false, false, false))
                .contains(new Move(ListFocus.Move.PREVIOUS));
        assertThat(WorkbenchCommand.fromKey("Home", false, false, false)).contains(new Move(ListFocus.Move.FIRST));
        assertThat(WorkbenchCommand.fromKey("End", false, false, false)).contains(new Move(ListFocus.Move.LAST));
    }

    @Test
    void digits_toggle_labels_and_zero_or_backspace_clears() {
        assertThat(WorkbenchCommand.fromKey("2", false, false, false)).contains(new Toggle("2"));
        assertThat(WorkbenchCommand.fromKey("0", false, false, false)).contains(new Clear());
        assertThat(WorkbenchCommand.fromKey("Backspace", false, false, false)).contains(new Clear());
    }

    @Test
    void ctrl_or_cmd_z_undoes_but_other_ctrl_shortcuts_stay_with_the_browser() {
        assertThat(WorkbenchCommand.fromKey("z", true, false, false)).contains(new Undo());
        assertThat(WorkbenchCommand.fromKey("Z", false, false, true)).contains(new Undo());
        assertThat(WorkbenchCommand.fromKey("r", true, false, false)).isEmpty();
        assertThat(WorkbenchCommand.fromKey("1", true, false, false)).isEmpty();
        assertThat(WorkbenchCommand.fromKey("j", false, true, false)).isEmpty();
    }

    @Test
    void g_opens_the_guidelines_and_the_browser_sends_it() {
        assertThat(WorkbenchCommand.fromKey("g", false, false, false)).contains(new Guidelines());
        assertThat(WorkbenchCommand.fromKey("g", true, false, false)).isEmpty();
        assertThat(WorkbenchCommand.HANDLED_KEYS_FILTER).contains("'g'");
    }

    @Test
    void question_mark_opens_help_and_unknown_keys_do_nothing() {
        assertThat(WorkbenchCommand.fromKey("?", false, false, false)).contains(new Help());
        assertThat(WorkbenchCommand.fromKey("x", false, false, false)).isEmpty();
    }
}
