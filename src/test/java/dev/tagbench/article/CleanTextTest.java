package dev.tagbench.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void normalises_to_nfc_and_collapses_odd_whitespace() {
        var text = "Cafe\u0301\u00A0owners\n  pledged\u2009support.";
        assertThat(CleanText.of(text, 0, text.length(), List.of())).isEqualTo("Café owners pledged support.");
    }

    @Test
    void leaves_out_invisible_regions_inside_the_sentence_only() {
        var text = "Pre\u00ADamble. Kamika\u00ADwa met them.";
        var second = text.lastIndexOf('\u00AD');
        var removals = List.of(
                invisible(3),
                invisible(second),
                new RemovedRegion(0, 3, "NOISE", "not invisible, so kept in clean text", "test"));
        assertThat(CleanText.of(text, text.indexOf('K'), text.length(), removals))
                .isEqualTo("Kamikawa met them.");
        assertThat(CleanText.of(text, 0, text.indexOf(' '), removals)).isEqualTo("Preamble.");
    }

    private static RemovedRegion invisible(int at) {
        return new RemovedRegion(at, at + 1, CleanText.INVISIBLE, "soft hyphen", "test");
    }
}
