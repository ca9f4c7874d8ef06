package dev.tagbench.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The constant-memory figures against DKPro Statistics ({@link AgreementCalculator}) on the same data. */
class BinaryAgreementTest {

    private static final List<String> RATERS = List.of("ann", "bob", "cyd", "dan", "eve");

    @Test
    void agrees_with_the_library_on_random_yes_no_data_with_missing_ratings() {
        var random = new Random(11);
        for (var round = 0; round < 40; round++) {
            var items = new ArrayList<RatedItem>();
            var streaming = new BinaryAgreement();
            var size = 1 + random.nextInt(round < 10 ? 6 : 300);
            for (var i = 0; i < size; i++) {
                var ratings = new HashMap<String, Boolean>();
                var bias = random.nextDouble();
                for (var rater : RATERS) {
                    if (random.nextInt(5) < 2 + round % 3) {
                        ratings.put(rater, random.nextDouble() < bias);
                    }
                }
                items.add(new RatedItem("s" + i, new HashMap<>(ratings)));
                streaming.add(ratings);
            }
            assertSame(streaming.figures(), AgreementCalculator.compute(items));
        }
    }

    @Test
    void fleiss_kappa_counts_items_of_every_number_of_ratings() {
        var agreement = new BinaryAgreement();
        var items = new ArrayList<RatedItem>();
        add(agreement, items, Map.of("ann", true, "bob", true, "cyd", false));
        add(agreement, items, Map.of("ann", false, "bob", false, "cyd", false));
        add(agreement, items, Map.of("ann", true, "bob", false));
        add(agreement, items, Map.of("cyd", true, "dan", false));

        assertThat(agreement.figures().fleissKappa()).isNotNull();
        assertSame(agreement.figures(), AgreementCalculator.compute(items));
    }

    @Test
    void undefined_figures_are_null() {
        var unanimous = new BinaryAgreement();
        unanimous.add(Map.of("ann", true, "bob", true));
        unanimous.add(Map.of("ann", true, "bob", true, "cyd", true));
        unanimous.add(Map.of("ann", false));
        var figures = unanimous.figures();
        assertThat(figures.krippendorffAlpha()).isNull();
        assertThat(figures.fleissKappa()).isNull();
        assertThat(figures.cohenKappaPairs()).singleElement().satisfies(pair -> {
            assertThat(pair.kappa()).isNull();
            assertThat(pair.items()).isEqualTo(2);
        });
        assertThat(figures.items()).isEqualTo(2);

        assertThat(new BinaryAgreement().figures()).isEqualTo(new AgreementFigures(null, null, List.of(), 0));
    }

    @Test
    void a_pair_needs_two_shared_items_and_fleiss_kappa_two_items_of_any_size() {
        var agreement = new BinaryAgreement();
        agreement.add(Map.of("ann", true, "bob", false));
        agreement.add(Map.of("ann", false, "bob", false, "cyd", true));

        var figures = agreement.figures();

        // p_a = (0 + 2/6) / 2 = 1/6; π_yes = (1/2 + 1/3) / 2 = 5/12; p_e = 74/144; κ = (24 − 74) / 70
        assertThat(figures.fleissKappa()).isCloseTo(-5.0 / 7.0, within(1e-12));
        assertThat(figures.krippendorffAlpha()).isNotNull();
        assertThat(figures.cohenKappaPairs())
                .extracting(PairKappa::a, PairKappa::b)
                .containsExactly(tuple("ann", "bob"));
    }

    private static void add(BinaryAgreement agreement, List<RatedItem> items, Map<String, Boolean> ratings) {
        agreement.add(ratings);
        items.add(new RatedItem("s" + items.size(), new HashMap<>(ratings)));
    }

    static void assertSame(AgreementFigures streamed, AgreementFigures library) {
        assertThat(streamed.items()).isEqualTo(library.items());
        assertClose(streamed.krippendorffAlpha(), library.krippendorffAlpha());
        assertClose(streamed.fleissKappa(), library.fleissKappa());
        assertThat(streamed.cohenKappaPairs()).hasSameSizeAs(library.cohenKappaPairs());
        for (var i = 0; i < library.cohenKappaPairs().size(); i++) {
            var expected = library.cohenKappaPairs().get(i);
            var actual = streamed.cohenKappaPairs().get(i);
            assertThat(List.of(actual.a(), actual.b(), actual.items()))
                    .isEqualTo(List.of(expected.a(), expected.b(), expected.items()));
            assertClose(actual.kappa(), expected.kappa());
        }
    }

    private static void assertClose(@Nullable Double actual, @Nullable Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull().isCloseTo(expected, within(1e-9));
        }
    }
}
