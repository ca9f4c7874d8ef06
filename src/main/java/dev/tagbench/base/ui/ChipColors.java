package dev.tagbench.base.ui;

import java.util.Locale;

/**
 * The text colour that stays readable on a label's colour, in the light and the dark theme alike:
 * white on dark colours, near-black on light ones (WCAG contrast against the label colour).
 */
public final class ChipColors {

    private static final String LIGHT_TEXT = "#ffffff";
    private static final String DARK_TEXT = "#1b1b1f";

    private ChipColors() {}

    /** The text colour for a chip of this CSS hex colour ({@code #rrggbb}); white if it is not one. */
    public static String textOn(String color) {
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            return LIGHT_TEXT;
        }
        var hex = color.substring(1).toLowerCase(Locale.ROOT);
        var luminance = 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
        // Contrast with white is 1.05 / (L + 0.05); with near-black about (L + 0.05) / 0.06.
        var withWhite = 1.05 / (luminance + 0.05);
        var withBlack = (luminance + 0.05) / (0.0116 + 0.05);
        return withWhite >= withBlack ? LIGHT_TEXT : DARK_TEXT;
    }

    private static double channel(String hex, int at) {
        var value = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
