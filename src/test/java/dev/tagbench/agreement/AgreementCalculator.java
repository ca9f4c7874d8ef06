package dev.tagbench.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.jspecify.annotations.Nullable;

/**
 * The reference for Tagbench's own agreement figures: computes inter-annotator agreement on one
 * coding with DKPro Agreement, over all items at once. {@code BinaryAgreement} must give the same
 * figures in constant memory; the tests compare both on the same data. Only items rated by at least
 * two raters count.
 * <ul>
 * <li>Krippendorff's alpha (nominal) over all those items; raters may differ between items.</li>
 * <li>Fleiss' kappa over all those items, raters taken as interchangeable, generalised to items rated
 * by different numbers of raters ({@link FleissKappa}); null with fewer than two items.</li>
 * <li>Cohen's kappa for every pair of raters who rated at least two items in common, over those
 * items, sorted by rater names.</li>
 * </ul>
 * A figure is null, never NaN or infinite, when it is undefined: when every rating it covers is the
 * same category, expected disagreement is zero and the coefficient is 0/0. Nothing is rounded.
 */
final class AgreementCalculator {

    /** Fewer items give no basis for a kappa: one shared item is either full agreement or none. */
    static final int MIN_ITEMS = 2;

    private AgreementCalculator() {}

    /**
     * Computes all figures for one coding.
     *
     * @throws IllegalArgumentException when two items share an id, which would count one sentence twice
     */
    static AgreementFigures compute(List<RatedItem> items) {
        var table = RatingTable.of(items);
        var alpha = defined(
                table.byRater(),
                study -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement());
        var fleiss = FleissKappa.of(table.items());
        return new AgreementFigures(
                alpha, fleiss, cohenKappaPairs(table), table.items().size());
    }

    private static List<PairKappa> cohenKappaPairs(RatingTable table) {
        var raters = table.raters();
        var pairs = new ArrayList<PairKappa>();
        for (var i = 0; i < raters.size(); i++) {
            for (var j = i + 1; j < raters.size(); j++) {
                var pairStudy = table.pair(raters.get(i), raters.get(j));
                if (pairStudy.getItemCount() >= MIN_ITEMS) {
                    var kappa = defined(pairStudy, study -> new CohenKappaAgreement(study).calculateAgreement());
                    pairs.add(new PairKappa(raters.get(i), raters.get(j), kappa, pairStudy.getItemCount()));
                }
            }
        }
        return pairs;
    }

    /**
     * With a single category chance agreement is total and every coefficient is 0/0. DKPro 2.1.0 does
     * not say so uniformly (alpha comes back as 0.0, the kappas throw), hence the check up front.
     */
    private static @Nullable Double defined(
            CodingAnnotationStudy study, ToDoubleFunction<CodingAnnotationStudy> coefficient) {
        if (study.getCategoryCount() < 2) {
            return null;
        }
        var value = coefficient.applyAsDouble(study);
        return Double.isFinite(value) ? value : null;
    }
}
