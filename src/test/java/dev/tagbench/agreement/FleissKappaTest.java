package dev.tagbench.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.junit.jupiter.api.Test;

/**
 * Fleiss' kappa over items rated by different numbers of curators, every item counted: the reference
 * ({@link AgreementCalculator} with {@link FleissKappa}) and the constant-memory count Tagbench uses
 * ({@link BinaryAgreement}).
 */
class FleissKappaTest {

    /**
     * Four sentences, yes/no, rated by three, two, three and two curators:
     *
     * <pre>
     *          ratings      r_i  r_yes r_no   agreement Σ r_ik(r_ik−1)/(r_i(r_i−1))   yes share  no share
     *   s1     Y Y Y         3     3     0    (6 + 0) / 6 = 1                          1          0
     *   s2     Y N           2     1     1    (0 + 0) / 2 = 0                          1/2        1/2
     *   s3     N N Y         3     1     2    (0 + 2) / 6 = 1/3                        1/3        2/3
     *   s4     N N           2     0     2    (0 + 2) / 2 = 1                          0          1
     *
     *   p_a = (1 + 0 + 1/3 + 1) / 4 = 7/12
     *   π_yes = (1 + 1/2 + 1/3 + 0) / 4 = 11/24,   π_no = (0 + 1/2 + 2/3 + 1) / 4 = 13/24
     *   p_e = (11/24)² + (13/24)² = 290/576 = 145/288
     *   κ = (7/12 − 145/288) / (1 − 145/288) = (168 − 145) / (288 − 145) = 23/143 ≈ 0.1608
     * </pre>
     */
    @Test
    void every_item_counts_whatever_its_number_of_curators_as_computed_by_hand() {
        var items = List.of(
                new RatedItem("s1", Map.of("ann", true, "bob", true, "cyd", true)),
                new RatedItem("s2", Map.of("ann", true, "dan", false)),
                new RatedItem("s3", Map.of("bob", false, "cyd", false, "dan", true)),
                new RatedItem("s4", Map.of("ann", false, "cyd", false)));

        var figures = AgreementCalculator.compute(items);

        assertThat(figures.fleissKappa()).isCloseTo(23.0 / 143.0, within(1e-12));
        assertThat(figures.items()).isEqualTo(4);

        var counted = new BinaryAgreement();
        items.forEach(item -> counted.add(yesNo(item)));
        assertThat(counted.figures().fleissKappa()).isCloseTo(23.0 / 143.0, within(1e-12));
        assertThat(counted.figures().items()).isEqualTo(4);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> yesNo(RatedItem item) {
        return (Map<String, Boolean>) (Map<String, ?>) item.ratings();
    }

    @Test
    void with_the_same_number_of_curators_on_every_item_it_is_fleiss_kappa_as_dkpro_computes_it() {
        var items = new ArrayList<RatedItem>();
        var study = new CodingAnnotationStudy(3);
        String[][] ratings = {
            {"a", "a", "b"}, {"b", "b", "b"}, {"a", "c", "c"}, {"c", "c", "c"}, {"a", "a", "a"}, {"b", "a", "c"},
        };
        for (var i = 0; i < ratings.length; i++) {
            items.add(new RatedItem("s" + i, Map.of("r1", ratings[i][0], "r2", ratings[i][1], "r3", ratings[i][2])));
            study.addItemAsArray(ratings[i]);
        }

        assertThat(AgreementCalculator.compute(items).fleissKappa())
                .isCloseTo(new FleissKappaAgreement(study).calculateAgreement(), within(1e-12));
    }

    @Test
    void items_with_two_and_three_curators_both_change_the_figure() {
        var threes = List.of(
                new RatedItem("a1", Map.of("ann", 1, "bob", 1, "cyd", 2)),
                new RatedItem("a2", Map.of("ann", 2, "bob", 2, "cyd", 2)),
                new RatedItem("a3", Map.of("ann", 1, "bob", 2, "dan", 1)));
        var all = new ArrayList<>(threes);
        all.add(new RatedItem("b1", Map.of("ann", 1, "bob", 2)));

        assertThat(AgreementCalculator.compute(all).fleissKappa())
                .isNotNull()
                .isNotEqualTo(AgreementCalculator.compute(threes).fleissKappa());
    }

    @Test
    void is_undefined_for_fewer_than_two_items_or_a_single_category() {
        assertThat(AgreementCalculator.compute(List.of(new RatedItem("s1", Map.of("ann", 1, "bob", 2))))
                        .fleissKappa())
                .isNull();
        assertThat(AgreementCalculator.compute(List.of(
                                new RatedItem("s1", Map.of("ann", 1, "bob", 1)),
                                new RatedItem("s2", Map.of("ann", 1, "bob", 1, "cyd", 1))))
                        .fleissKappa())
                .isNull();
    }

    @Test
    void two_items_with_different_numbers_of_curators_are_enough() {
        var items = List.of(
                new RatedItem("s1", Map.of("ann", 1, "bob", 2)),
                new RatedItem("s2", Map.of("ann", 1, "bob", 2, "cyd", 1)));

        // p_a = (0 + 1/3) / 2 = 1/6; π_1 = (1/2 + 2/3) / 2 = 7/12, π_2 = 5/12; p_e = 74/144
        // κ = (24/144 − 74/144) / (70/144) = −50/70
        assertThat(AgreementCalculator.compute(items).fleissKappa()).isCloseTo(-5.0 / 7.0, within(1e-12));
    }
}
