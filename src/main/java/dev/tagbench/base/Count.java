package dev.tagbench.base;

/** A number with its noun in the right form, as every message shows counts: "1 sentence", "2 sentences". */
public final class Count {

    private Count() {}

    /** The count and the noun, plural by an {@code s} unless the count is one. */
    public static String of(long count, String singular) {
        return count + " " + (count == 1 ? singular : singular + "s");
    }
}
