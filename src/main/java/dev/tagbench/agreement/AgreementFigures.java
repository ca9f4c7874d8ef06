package dev.tagbench.agreement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Agreement on one label (or any coding). Null figures are undefined: too few items, or no
 * variation (every rating the same category, so chance agreement is already perfect).
 *
 * @param items the number of items rated by at least two raters, the only ones that count
 */
public record AgreementFigures(
        @Nullable Double krippendorffAlpha, @Nullable Double fleissKappa, List<PairKappa> cohenKappaPairs, int items) {

    public AgreementFigures {
        cohenKappaPairs = List.copyOf(cohenKappaPairs);
    }
}
