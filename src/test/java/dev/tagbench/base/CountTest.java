package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountTest {

    @Test
    void one_is_singular_and_every_other_count_plural() {
        assertThat(Count.of(1, "sentence")).isEqualTo("1 sentence");
        assertThat(Count.of(2, "sentence")).isEqualTo("2 sentences");
        assertThat(Count.of(0, "sentence")).isEqualTo("0 sentences");
        assertThat(Count.of(-1, "label")).isEqualTo("-1 labels");
    }
}
