package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentBlocksTest {

    @Test
    void splits_content_at_blank_lines_and_trims_each_paragraph() {
        var text = "  First para.\nstill first.\n\n \nSecond para.  ";
        assertThat(ContentBlocks.of(text, List.of()))
                .extracting(span -> span.of(text))
                .containsExactly("First para.\nstill first.", "Second para.");
    }

    @Test
    void removed_regions_cut_blocks_and_never_appear_in_them() {
        var text = "Advertisement\nReal sentence one.\nPhoto: Reuters\nReal sentence two.";
        var removed = List.of(new TextSpan(0, 13), new TextSpan(33, 47));
        assertThat(ContentBlocks.of(text, removed))
                .extracting(span -> span.of(text))
                .containsExactly("Real sentence one.", "Real sentence two.");
    }

    @Test
    void overlapping_and_unordered_removals_are_merged() {
        var text = "aaaa bbbb cccc dddd";
        var removed = List.of(new TextSpan(10, 14), new TextSpan(0, 6), new TextSpan(3, 9));
        assertThat(ContentBlocks.of(text, removed))
                .extracting(span -> span.of(text))
                .containsExactly("dddd");
    }

    @Test
    void windows_line_endings_and_no_break_spaces_count_as_blank_lines() {
        var text = "One.\r\n\u00A0\r\nTwo.";
        assertThat(ContentBlocks.of(text, List.of()))
                .extracting(span -> span.of(text))
                .containsExactly("One.", "Two.");
    }

    @Test
    void a_text_that_is_all_removed_has_no_blocks() {
        assertThat(ContentBlocks.of("Loading", List.of(new TextSpan(0, 7)))).isEmpty();
    }
}
