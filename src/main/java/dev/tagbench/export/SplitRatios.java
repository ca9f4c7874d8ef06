package dev.tagbench.export;

import dev.tagbench.base.InvalidInputException;

/** Split ratios as given ("80,10,10"): three non-negative whole numbers for train, validation and test. */
final class SplitRatios {

    private SplitRatios() {}

    /** "80,10,10" → {80, 10, 10}: three non-negative whole numbers, not all zero. */
    static int[] parse(String split) {
        var parts = split.split(",");
        try {
            if (parts.length == 3) {
                var ratios = new int[] {
                    Integer.parseInt(parts[0].strip()),
                    Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip())
                };
                if (ratios[0] >= 0 && ratios[1] >= 0 && ratios[2] >= 0 && ratios[0] + ratios[1] + ratios[2] > 0) {
                    return ratios;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(
                "split", "Give the split as three whole numbers for train, validation and test, such as 80,10,10.");
    }

    /** The form exports are recorded and compared by: "80, 10,10" and "80,10,10" are the same split. */
    static String normalized(int[] ratios) {
        return ratios[0] + "," + ratios[1] + "," + ratios[2];
    }
}
