package dev.tagbench.agreement;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha for yes/no ratings (nominal), accumulated item by item in constant memory,
 * for datasets too large to hand to {@link AgreementCalculator} at once. It uses Krippendorff's
 * coincidence formulation, the one DKPro implements; tests check both agree.
 */
public final class BinaryAlpha {

    // Coincidences o[c][k] summed over items, each pair of ratings weighted 1 / (m - 1).
    private double yesYes;
    private double noNo;
    private double yesNo;
    private int items;

    /** Adds one item's ratings; items with fewer than two ratings carry no information and are skipped. */
    public void add(Collection<Boolean> ratings) {
        var m = ratings.size();
        if (m < 2) {
            return;
        }
        long yes = ratings.stream().filter(Boolean::booleanValue).count();
        long no = m - yes;
        var weight = 1.0 / (m - 1);
        yesYes += yes * (yes - 1) * weight;
        noNo += no * (no - 1) * weight;
        yesNo += yes * no * weight;
        items++;
    }

    public int items() {
        return items;
    }

    /** Alpha, or null when undefined (no items, or every rating the same). */
    public @Nullable Double alpha() {
        var nYes = yesYes + yesNo;
        var nNo = noNo + yesNo;
        var n = nYes + nNo;
        if (items == 0 || nYes == 0 || nNo == 0 || n <= 1) {
            return null;
        }
        var observed = 2 * yesNo / n;
        var expected = 2 * nYes * nNo / (n * (n - 1));
        var alpha = 1 - observed / expected;
        return Double.isFinite(alpha) ? alpha : null;
    }
}
