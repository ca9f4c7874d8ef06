package dev.tagbench.plugins.invisible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.ingest.Removal;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class InvisibleCharacterCleanerTest {

    private final InvisibleCharacterCleaner cleaner = new InvisibleCharacterCleaner();

    @Test
    void marks_soft_hyphens_and_zero_width_spaces_as_invisible_runs() {
        var text = "Kamika\u00ADwa met\u200B\u200Bofficials.";
        assertThat(cleaner.clean(text))
                .extracting(r -> r.span().of(text), Removal::kind, Removal::reason)
                .containsExactly(
                        Tuple.tuple("\u00AD", Removal.Kind.INVISIBLE, "soft hyphen"),
                        Tuple.tuple("\u200B\u200B", Removal.Kind.INVISIBLE, "zero-width space"));
    }

    @Test
    void keeps_line_breaks_tabs_and_joiners_that_emoji_need() {
        assertThat(cleaner.clean("Line one.\r\n\tLine two 👩\u200D💻.")).isEmpty();
    }

    @Test
    void marks_control_characters_and_byte_order_marks() {
        var text = "\uFEFFStart\u0007 and \u202Eend.";
        assertThat(cleaner.clean(text))
                .extracting(Removal::reason)
                .containsExactly("byte-order mark", "control character", "invisible formatting character");
    }
}
