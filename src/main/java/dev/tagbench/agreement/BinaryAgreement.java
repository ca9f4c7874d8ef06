package dev.tagbench.agreement;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha, Fleiss' kappa and pairwise Cohen's kappa of one yes/no coding, accumulated
 * sentence by sentence. All three reduce to counts: alpha to coincidences ({@link BinaryAlpha}),
 * Fleiss' kappa to per-item agreement and yes ratings per number of raters, Cohen's kappa to a
 * two-by-two table per pair of raters. Memory grows with the number of raters, never with the number
 * of items, so a project of any size is measured. The figures follow DKPro Statistics' definitions
 * (the tests compare both on the same data), except that DKPro's Fleiss' kappa needs the same number of
 * ratings on every item:
 * <ul>
 * <li>only items rated by at least two raters count;
 * <li>Fleiss' kappa covers every item, whatever its number of ratings, generalised to varying
 *     numbers of raters as Gwet (2014, Handbook of Inter-Rater Reliability, §2.5; irrCAC's
 *     {@code fleiss.kappa.raw}) does; with {@code n} items, item {@code i} rated {@code r_i} times,
 *     {@code y_i} of them yes: {@code p_a = 1/n Σ [y_i(y_i−1) + (r_i−y_i)(r_i−y_i−1)] / (r_i(r_i−1))},
 *     {@code π = 1/n Σ y_i/r_i}, {@code p_e = π² + (1−π)²}, {@code κ = (p_a − p_e)/(1 − p_e)}; with the
 *     same number of ratings on every item this is Fleiss' (1971) kappa exactly. It needs two items;
 * <li>Cohen's kappa is given for each pair of raters who rated at least two items in common;
 * <li>a figure is null, never NaN, when it is undefined: every rating it covers the same.
 * </ul>
 */
final class BinaryAgreement {

    /** Fewer items give no basis for a kappa: one shared item is either full agreement or none. */
    static final int MIN_ITEMS = 2;

    private final BinaryAlpha alpha = new BinaryAlpha();
    /** By number of ratings per item. */
    private final Map<Integer, FleissCounts> fleiss = new TreeMap<>();
    /** By rater, then by a rater sorting after them. */
    private final Map<String, Map<String, PairCounts>> pairs = new TreeMap<>();

    private static final class FleissCounts {
        long items;
        /** Sum over items of the ordered pairs of ratings that agree: yes(yes-1) + no(no-1). */
        long agreeingPairs;

        long yes;
    }

    private static final class PairCounts {
        long yesYes;
        long yesNo;
        long noYes;
        long noNo;

        long items() {
            return yesYes + yesNo + noYes + noNo;
        }
    }

    /** Adds one item: each rater's yes or no. Items with fewer than two ratings carry no information. */
    void add(Map<String, Boolean> ratings) {
        var m = ratings.size();
        if (m < 2) {
            return;
        }
        alpha.add(ratings.values());
        long yes = ratings.values().stream().filter(Boolean::booleanValue).count();
        long no = m - yes;
        var counts = fleiss.computeIfAbsent(m, key -> new FleissCounts());
        counts.items++;
        counts.agreeingPairs += yes * (yes - 1) + no * (no - 1);
        counts.yes += yes;
        var raters = new ArrayList<>(new TreeMap<>(ratings).entrySet());
        for (var i = 0; i < raters.size(); i++) {
            for (var j = i + 1; j < raters.size(); j++) {
                var table = pairs.computeIfAbsent(raters.get(i).getKey(), key -> new TreeMap<>())
                        .computeIfAbsent(raters.get(j).getKey(), key -> new PairCounts());
                boolean a = raters.get(i).getValue();
                boolean b = raters.get(j).getValue();
                if (a && b) {
                    table.yesYes++;
                } else if (a) {
                    table.yesNo++;
                } else if (b) {
                    table.noYes++;
                } else {
                    table.noNo++;
                }
            }
        }
    }

    AgreementFigures figures() {
        var cohen = new ArrayList<PairKappa>();
        pairs.forEach((a, partners) -> partners.forEach((b, table) -> {
            if (table.items() >= MIN_ITEMS) {
                cohen.add(new PairKappa(a, b, cohenKappa(table), (int) table.items()));
            }
        }));
        return new AgreementFigures(alpha.alpha(), fleissKappa(), cohen, alpha.items());
    }

    private @Nullable Double fleissKappa() {
        long items = 0;
        // Summed per number of ratings in whole numbers first, so the figure does not depend on the order.
        var agreement = 0.0;
        var yesShare = 0.0;
        for (var entry : fleiss.entrySet()) {
            double m = entry.getKey();
            var counts = entry.getValue();
            items += counts.items;
            agreement += counts.agreeingPairs / (m * (m - 1));
            yesShare += counts.yes / m;
        }
        if (items < MIN_ITEMS) {
            return null;
        }
        var observed = agreement / items;
        var pYes = yesShare / items;
        if (pYes <= 0 || pYes >= 1) {
            return null;
        }
        var expected = pYes * pYes + (1 - pYes) * (1 - pYes);
        return finite((observed - expected) / (1 - expected));
    }

    private static @Nullable Double cohenKappa(PairCounts table) {
        var n = (double) table.items();
        var aYes = table.yesYes + table.yesNo;
        var bYes = table.yesYes + table.noYes;
        if (aYes + bYes == 0 || aYes + bYes == 2 * n) {
            return null;
        }
        var observed = (table.yesYes + table.noNo) / n;
        var expected = (aYes * bYes + (n - aYes) * (n - bYes)) / (n * n);
        return finite((observed - expected) / (1 - expected));
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
