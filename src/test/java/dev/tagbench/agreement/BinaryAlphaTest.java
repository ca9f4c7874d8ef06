package dev.tagbench.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryAlphaTest {

    @Test
    void agrees_with_the_library_on_random_yes_no_data_with_missing_ratings() {
        var random = new Random(5);
        for (var round = 0; round < 20; round++) {
            var items = new ArrayList<RatedItem>();
            var streaming = new BinaryAlpha();
            for (var i = 0; i < 200; i++) {
                var ratings = new HashMap<String, Object>();
                var bias = random.nextDouble();
                for (var rater : List.of("a", "b", "c", "d")) {
                    if (random.nextInt(4) > 0) {
                        ratings.put(rater, random.nextDouble() < bias);
                    }
                }
                items.add(new RatedItem("s" + i, ratings));
                streaming.add(ratings.values().stream().map(Boolean.class::cast).toList());
            }
            var library = AgreementCalculator.compute(items);
            assertThat(streaming.items()).isEqualTo(library.items());
            assertThat(streaming.alpha()).isCloseTo(library.krippendorffAlpha(), within(1e-9));
        }
    }

    @Test
    void is_undefined_without_variation_or_items() {
        var alpha = new BinaryAlpha();
        assertThat(alpha.alpha()).isNull();
        alpha.add(List.of(true, true));
        alpha.add(List.of(true));
        assertThat(alpha.alpha()).isNull();
        assertThat(alpha.items()).isEqualTo(1);
    }

    @Test
    void perfect_agreement_with_variation_is_one() {
        var alpha = new BinaryAlpha();
        alpha.add(List.of(true, true));
        alpha.add(List.of(false, false, false));
        assertThat(alpha.alpha()).isEqualTo(1.0);
    }
}
