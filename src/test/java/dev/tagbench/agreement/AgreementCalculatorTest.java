package dev.tagbench.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AgreementCalculatorTest {

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers,
     * twelve units, nominal values with missing data. Unit 12 has a single value and is not pairable.
     */
    private static final List<RatedItem> KRIPPENDORFF_2011 = byRater(
            "A: 1 2 3 3 2 1 4 1 2 . . .",
            "B: 1 2 3 3 2 2 4 1 2 5 . 3",
            "C: . 3 3 3 2 3 4 2 2 5 1 .",
            "D: 1 2 3 3 2 4 4 1 2 5 1 .");

    /**
     * The Fleiss' kappa worked example on Wikipedia ("Fleiss' kappa", section Worked example): ten
     * subjects, fourteen raters, five categories; each row counts the raters per category.
     */
    private static final int[][] WIKIPEDIA_FLEISS = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
    };

    /** Fleiss (1971, p. 379): thirty subjects, six psychiatrists, five diagnoses, as categories per subject. */
    private static final int[][] FLEISS_1971 = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}
    };

    @Test
    void alpha_matches_krippendorffs_worked_example_with_missing_values() {
        var figures = AgreementCalculator.compute(KRIPPENDORFF_2011);

        assertThat(figures.krippendorffAlpha()).isCloseTo(0.743, within(0.001));
        assertThat(figures.items()).isEqualTo(11);
    }

    @Test
    void cohen_kappa_matches_the_classic_two_by_two_example() {
        var items = new ArrayList<RatedItem>();
        addPairs(items, true, true, 20);
        addPairs(items, true, false, 5);
        addPairs(items, false, true, 10);
        addPairs(items, false, false, 15);

        var pairs = AgreementCalculator.compute(items).cohenKappaPairs();

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).kappa()).isCloseTo(0.40, within(0.001));
        assertThat(pairs.get(0).items()).isEqualTo(50);
    }

    @Test
    void cohen_kappa_matches_cohens_1960_example() {
        // Cohen (1960, p. 45): 200 items, three categories; p_o = .70, p_c = .41, kappa = .492.
        int[][] table = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
        var items = new ArrayList<RatedItem>();
        for (var row = 0; row < 3; row++) {
            for (var column = 0; column < 3; column++) {
                addPairs(items, row + 1, column + 1, table[row][column]);
            }
        }

        var pair = AgreementCalculator.compute(items).cohenKappaPairs().get(0);

        assertThat(pair.kappa()).isCloseTo(0.492, within(0.001));
        assertThat(pair.items()).isEqualTo(200);
    }

    @Test
    void fleiss_kappa_matches_the_widely_reproduced_fourteen_rater_example() {
        var items = new ArrayList<RatedItem>();
        for (var subject = 0; subject < WIKIPEDIA_FLEISS.length; subject++) {
            var ratings = new LinkedHashMap<String, Object>();
            for (var category = 0; category < 5; category++) {
                for (var n = 0; n < WIKIPEDIA_FLEISS[subject][category]; n++) {
                    ratings.put(rater(ratings.size()), category + 1);
                }
            }
            items.add(new RatedItem(unit(subject), ratings));
        }

        var figures = AgreementCalculator.compute(items);

        assertThat(figures.fleissKappa()).isCloseTo(0.210, within(0.001));
        assertThat(figures.items()).isEqualTo(10);
    }

    @Test
    void fleiss_kappa_matches_fleiss_1971() {
        var figures = AgreementCalculator.compute(fromRows(FLEISS_1971));

        assertThat(figures.fleissKappa()).isCloseTo(0.430, within(0.001));
    }

    @Test
    void items_with_one_rating_are_ignored() {
        var withSingles = new ArrayList<>(KRIPPENDORFF_2011);
        withSingles.add(new RatedItem("z1", Map.of("A", 9)));
        withSingles.add(new RatedItem("z2", Map.of("E", 1)));

        assertThat(AgreementCalculator.compute(withSingles)).isEqualTo(AgreementCalculator.compute(KRIPPENDORFF_2011));
    }

    @Test
    void identical_ratings_everywhere_leave_every_figure_undefined_not_nan() {
        var items = List.of(
                new RatedItem("s1", Map.of("ann", "news", "bob", "news")),
                new RatedItem("s2", Map.of("ann", "news", "bob", "news")),
                new RatedItem("s3", Map.of("ann", "news", "bob", "news")));

        var figures = AgreementCalculator.compute(items);

        assertThat(figures.krippendorffAlpha()).isNull();
        assertThat(figures.fleissKappa()).isNull();
        assertThat(figures.cohenKappaPairs()).containsExactly(new PairKappa("ann", "bob", null, 3));
        assertThat(figures.items()).isEqualTo(3);
    }

    @Test
    void perfect_agreement_with_variation_is_one() {
        var items = List.of(
                new RatedItem("s1", Map.of("ann", "news", "bob", "news", "cyd", "news")),
                new RatedItem("s2", Map.of("ann", "opinion", "bob", "opinion", "cyd", "opinion")),
                new RatedItem("s3", Map.of("ann", "ad", "bob", "ad", "cyd", "ad")));

        var figures = AgreementCalculator.compute(items);

        assertThat(figures.krippendorffAlpha()).isEqualTo(1.0);
        assertThat(figures.fleissKappa()).isEqualTo(1.0);
        assertThat(figures.cohenKappaPairs()).extracting(PairKappa::kappa).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void pairs_cover_only_raters_sharing_two_items_sorted_by_name() {
        var items = List.of(
                new RatedItem("s1", Map.of("zoe", "x", "ann", "x", "bob", "y")),
                new RatedItem("s2", Map.of("zoe", "y", "bob", "y")),
                new RatedItem("s3", Map.of("zoe", "x", "bob", "x")),
                new RatedItem("s4", Map.of("ann", "y", "bob", "y")));

        var pairs = AgreementCalculator.compute(items).cohenKappaPairs();

        assertThat(pairs)
                .extracting(PairKappa::a, PairKappa::b, PairKappa::items)
                .containsExactly(tuple("ann", "bob", 2), tuple("bob", "zoe", 3));
    }

    @Test
    void yes_no_labels_give_the_same_figures_as_named_categories() {
        var booleans = KRIPPENDORFF_2011.stream()
                .map(item -> relabel(item, value -> value.equals(2)))
                .toList();
        var words = KRIPPENDORFF_2011.stream()
                .map(item -> relabel(item, value -> value.equals(2) ? "yes" : "no"))
                .toList();

        var figures = AgreementCalculator.compute(booleans);
        var expected = AgreementCalculator.compute(words);

        // DKPro sums over hash maps keyed by category, so other keys may change the last bits.
        assertThat(figures.krippendorffAlpha()).isCloseTo(expected.krippendorffAlpha(), within(1e-12));
        assertThat(figures.fleissKappa()).isCloseTo(expected.fleissKappa(), within(1e-12));
        assertThat(figures.cohenKappaPairs()).hasSameSizeAs(expected.cohenKappaPairs());
        for (var i = 0; i < figures.cohenKappaPairs().size(); i++) {
            var pair = figures.cohenKappaPairs().get(i);
            assertThat(pair.kappa()).isCloseTo(expected.cohenKappaPairs().get(i).kappa(), within(1e-12));
            assertThat(pair.items()).isEqualTo(expected.cohenKappaPairs().get(i).items());
        }
    }

    @Test
    void no_items_give_no_figures() {
        assertThat(AgreementCalculator.compute(List.of())).isEqualTo(new AgreementFigures(null, null, List.of(), 0));
    }

    @Test
    void input_order_does_not_change_the_figures() {
        var items = new ArrayList<>(KRIPPENDORFF_2011);
        items.addAll(fromRows(FLEISS_1971));
        var expected = AgreementCalculator.compute(items);

        var random = new Random(42);
        for (var round = 0; round < 5; round++) {
            var shuffled = new ArrayList<RatedItem>();
            for (var item : items) {
                var raters = new ArrayList<>(item.ratings().keySet());
                Collections.shuffle(raters, random);
                var ratings = new LinkedHashMap<String, Object>();
                raters.forEach(rater -> ratings.put(rater, item.ratings().get(rater)));
                shuffled.add(new RatedItem(item.itemId(), ratings));
            }
            Collections.shuffle(shuffled, random);

            assertThat(AgreementCalculator.compute(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void an_item_listed_twice_is_refused() {
        var items = List.of(new RatedItem("s1", Map.of("ann", 1, "bob", 1)), new RatedItem("s1", Map.of("ann", 2)));

        assertThatThrownBy(() -> AgreementCalculator.compute(items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s1");
    }

    /** Rows like {@code "A: 1 2 . 3"}: a rater, then one value per unit, "." where the rater gave none. */
    private static List<RatedItem> byRater(String... rows) {
        var units = new ArrayList<Map<String, Object>>();
        for (var row : rows) {
            var rater = row.substring(0, row.indexOf(':'));
            var values = row.substring(row.indexOf(':') + 1).trim().split(" +");
            for (var i = 0; i < values.length; i++) {
                if (units.size() <= i) {
                    units.add(new LinkedHashMap<>());
                }
                if (!values[i].equals(".")) {
                    units.get(i).put(rater, Integer.valueOf(values[i]));
                }
            }
        }
        var items = new ArrayList<RatedItem>();
        for (var i = 0; i < units.size(); i++) {
            items.add(new RatedItem(unit(i), units.get(i)));
        }
        return items;
    }

    /** One row of categories per subject, the n-th value given by the n-th rater. */
    private static List<RatedItem> fromRows(int[][] rows) {
        var items = new ArrayList<RatedItem>();
        for (var subject = 0; subject < rows.length; subject++) {
            var ratings = new LinkedHashMap<String, Object>();
            for (var category : rows[subject]) {
                ratings.put(rater(ratings.size()), category);
            }
            items.add(new RatedItem("f" + unit(subject), ratings));
        }
        return items;
    }

    private static void addPairs(List<RatedItem> items, Object first, Object second, int times) {
        for (var n = 0; n < times; n++) {
            items.add(new RatedItem(unit(items.size()), Map.of("first", first, "second", second)));
        }
    }

    private static RatedItem relabel(RatedItem item, Function<Object, Object> relabel) {
        var ratings = new LinkedHashMap<String, Object>();
        item.ratings().forEach((rater, value) -> ratings.put(rater, relabel.apply(value)));
        return new RatedItem(item.itemId(), ratings);
    }

    private static String unit(int index) {
        return String.format("u%03d", index + 1);
    }

    private static String rater(int index) {
        return String.format("r%02d", index + 1);
    }
}
