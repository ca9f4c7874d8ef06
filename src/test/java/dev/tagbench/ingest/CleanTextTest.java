package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void normalises_to_nfc_and_collapses_odd_whitespace() {
        var text = "Cafe\u0301\u00A0owners\n  pledged\u2009support.";
        assertThat(CleanText.of(text, new TextSpan(0, text.length()), List.of()))
                .isEqualTo("Café owners pledged support.");
    }

    @Test
    void leaves_out_invisible_regions_inside_the_sentence_only() {
        var text = "Pre\u00ADamble. Kamika\u00ADwa met them.";
        var second = text.lastIndexOf('\u00AD');
        var invisible = List.of(new TextSpan(3, 4), new TextSpan(second, second + 1));
        assertThat(CleanText.of(text, new TextSpan(text.indexOf('K'), text.length()), invisible))
                .isEqualTo("Kamikawa met them.");
    }
}
