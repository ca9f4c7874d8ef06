package dev.tagbench.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fleiss' kappa for any number of ratings per item, raters interchangeable, as Gwet (2014, Handbook of
 * Inter-Rater Reliability, 4th ed., §2.5; the R and Python package irrCAC, {@code fleiss.kappa.raw})
 * generalises it to items rated by different numbers of raters. With {@code n} items, item {@code i}
 * rated {@code r_i ≥ 2} times, {@code r_ik} of them category {@code k}:
 *
 * <pre>
 * p_a  = 1/n · Σ_i Σ_k r_ik (r_ik − 1) / (r_i (r_i − 1))      observed agreement
 * π_k  = 1/n · Σ_i r_ik / r_i                                  category prevalence
 * p_e  = Σ_k π_k²                                              chance agreement
 * κ    = (p_a − p_e) / (1 − p_e)
 * </pre>
 *
 * With the same number of ratings on every item this is Fleiss' (1971) kappa exactly; every item
 * counts, whatever its number of raters. Undefined (null) with fewer than two items or a single
 * category. The reference for any number of categories; {@link BinaryAgreement} counts the same
 * figure for one yes/no coding in constant memory.
 */
final class FleissKappa {

    private FleissKappa() {}

    /** The items must each have at least two ratings and be in a fixed order (sums are order-sensitive). */
    static @Nullable Double of(List<RatedItem> items) {
        if (items.size() < AgreementCalculator.MIN_ITEMS) {
            return null;
        }
        var prevalence = new LinkedHashMap<Object, Double>();
        var observed = 0.0;
        for (var item : items) {
            var counts = new LinkedHashMap<Object, Integer>();
            item.ratings().values().stream()
                    .sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)))
                    .forEach(category -> counts.merge(category, 1, Integer::sum));
            var raters = (double) item.ratings().size();
            var agreeing = 0.0;
            for (Map.Entry<Object, Integer> count : counts.entrySet()) {
                agreeing += count.getValue() * (count.getValue() - 1.0);
                prevalence.merge(count.getKey(), count.getValue() / raters, Double::sum);
            }
            observed += agreeing / (raters * (raters - 1));
        }
        var n = items.size();
        var pa = observed / n;
        var pe = 0.0;
        for (var share : prevalence.values()) {
            pe += (share / n) * (share / n);
        }
        if (prevalence.size() < 2 || pe >= 1.0) {
            return null;
        }
        var kappa = (pa - pe) / (1 - pe);
        return Double.isFinite(kappa) ? kappa : null;
    }
}
