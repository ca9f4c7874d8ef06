package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void one_takes_the_singular_and_every_other_count_the_plural() {
        assertThat(Counted.of(1, "sentence")).isEqualTo("1 sentence");
        assertThat(Counted.of(0, "sentence")).isEqualTo("0 sentences");
        assertThat(Counted.of(2, "sentence")).isEqualTo("2 sentences");
        assertThat(Counted.of(-1, "byte")).isEqualTo("-1 bytes");
        assertThat(Counted.of(12_000_000_000L, "byte")).isEqualTo("12000000000 bytes");
    }

    @Test
    void irregular_nouns_give_their_plural() {
        assertThat(Counted.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Counted.of(3, "entry", "entries")).isEqualTo("3 entries");
    }
}
