package dev.tagbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.base.ui.ListFocus.Move;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFocusTest {

    private final List<String> moves = new ArrayList<>();
    private final ListFocus focus = new ListFocus((previous, current) -> moves.add(previous + ">" + current));

    @Test
    void vim_keys_arrows_home_and_end_are_the_moving_keys() {
        assertThat(ListFocus.fromKey("j")).contains(Move.NEXT);
        assertThat(ListFocus.fromKey("ArrowDown")).contains(Move.NEXT);
        assertThat(ListFocus.fromKey("k")).contains(Move.PREVIOUS);
        assertThat(ListFocus.fromKey("ArrowUp")).contains(Move.PREVIOUS);
        assertThat(ListFocus.fromKey("Home")).contains(Move.FIRST);
        assertThat(ListFocus.fromKey("End")).contains(Move.LAST);
        assertThat(ListFocus.fromKey("n")).isEmpty();
        assertThat(ListFocus.fromKey("J")).isEmpty();
        for (var key : List.of("j", "k", "ArrowDown", "ArrowUp", "Home", "End")) {
            assertThat(ListFocus.KEYS_FILTER).contains("'" + key + "'");
        }
    }

    @Test
    void moves_stop_at_either_end_and_tell_which_row_lost_and_gained_the_focus() {
        focus.reset(3, 0);
        focus.move(Move.PREVIOUS);
        focus.move(Move.NEXT);
        focus.move(Move.LAST);
        focus.move(Move.NEXT);
        focus.move(Move.FIRST);

        assertThat(focus.index()).isZero();
        assertThat(moves).containsExactly("-1>0", "0>0", "0>1", "1>2", "2>2", "2>0");
    }

    @Test
    void new_rows_forget_the_old_focus_and_keep_the_index_within_them() {
        focus.reset(5, 4);
        focus.reset(2, 4);

        assertThat(focus.index()).isEqualTo(1);
        assertThat(moves).containsExactly("-1>4", "-1>1");
    }

    @Test
    void an_empty_list_has_no_focus_and_tells_nobody() {
        focus.reset(0, 0);
        focus.move(Move.NEXT);

        assertThat(focus.isEmpty()).isTrue();
        assertThat(focus.index()).isEqualTo(-1);
        assertThat(focus.focusNext(row -> true)).isFalse();
        assertThat(moves).isEmpty();
    }

    @Test
    void the_next_wanted_row_is_searched_after_the_focus_wrapping_around() {
        var open = List.of(true, false, false, true);
        focus.reset(4, 1);

        assertThat(focus.focusNext(open::get)).isTrue();
        assertThat(focus.index()).isEqualTo(3);
        assertThat(focus.focusNext(open::get)).isTrue();
        assertThat(focus.index()).isZero();
        assertThat(focus.focusNext(row -> false)).isFalse();
        assertThat(focus.index()).isZero();
    }
}
