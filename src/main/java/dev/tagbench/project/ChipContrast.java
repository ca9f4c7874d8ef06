package dev.tagbench.project;

import java.util.Locale;
import java.util.Optional;

/**
 * How readable a label chip's white text is on the label's colour: the WCAG 2 contrast ratio. Below
 * 3:1 the text is unreadable and the colour is refused; below 4.5:1 (WCAG AA for text of the chip's
 * size) people are warned.
 *
 * @param colour a colour written like {@code #1a2b3c}
 */
public record ChipContrast(String colour, double ratio) {

    public static final double MINIMUM = 3.0;
    public static final double RECOMMENDED = 4.5;

    /** The chips' text colour (see {@code .chip} in tagbench.css). */
    private static final double TEXT_LUMINANCE = 1.0;

    /** @param colour a colour written like {@code #1a2b3c} */
    public static ChipContrast of(String colour) {
        var rgb = Integer.parseInt(colour.substring(1), 16);
        var luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return new ChipContrast(colour, (TEXT_LUMINANCE + 0.05) / (luminance + 0.05));
    }

    /** Why the colour is refused, if it is. */
    public Optional<String> error() {
        return ratio >= MINIMUM
                ? Optional.empty()
                : Optional.of("White chip text is unreadable on " + colour + " (contrast " + format() + ", at least "
                        + "3:1 needed); choose a darker colour.");
    }

    /** Why the colour is not recommended, if it is readable but not by everyone. */
    public Optional<String> warning() {
        return ratio >= RECOMMENDED || ratio < MINIMUM
                ? Optional.empty()
                : Optional.of("White chip text on " + colour + " is hard to read for some people (contrast " + format()
                        + ", 4.5:1 recommended).");
    }

    /** "4.3:1", rounded down so a colour never looks better than it is. */
    public String format() {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(ratio * 10) / 10);
    }

    private static double channel(int value) {
        var srgb = (value & 0xff) / 255.0;
        return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }
}
