package dev.tagbench.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contrast ratios against white as WCAG 2 computes them (checked against WebAIM's contrast checker). */
class ChipContrastTest {

    @Test
    void ratios_are_those_of_wcag_2() {
        assertThat(ChipContrast.of("#000000").ratio()).isEqualTo(21.0);
        assertThat(ChipContrast.of("#ffffff").ratio()).isEqualTo(1.0);
        assertThat(ChipContrast.of("#767676").format()).isEqualTo("4.5:1");
        assertThat(ChipContrast.of("#1565c0").format()).isEqualTo("5.7:1");
    }

    @Test
    void the_default_colours_pass_a_light_yellow_is_refused_and_an_orange_only_warned_about() {
        DefaultLabelSchema.LABELS.forEach(label -> {
            assertThat(ChipContrast.of(label.color()).error()).isEmpty();
            assertThat(ChipContrast.of(label.color()).warning()).isEmpty();
        });
        assertThat(ChipContrast.of("#ffeb3b").error())
                .hasValueSatisfying(message -> assertThat(message).contains("#ffeb3b", "unreadable", "1.2:1"));
        assertThat(ChipContrast.of("#d9480f").error()).isEmpty();
        assertThat(ChipContrast.of("#d9480f").warning())
                .hasValueSatisfying(message -> assertThat(message).contains("4.2:1", "4.5:1 recommended"));
        assertThat(ChipContrast.of("#D9480F").ratio())
                .isEqualTo(ChipContrast.of("#d9480f").ratio());
    }
}
