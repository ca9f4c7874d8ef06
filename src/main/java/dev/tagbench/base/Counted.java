package dev.tagbench.base;

/**
 * A number with its noun in the right form, for what Tagbench shows and says: "1 sentence",
 * "0 sentences", "2 sentences". English nouns that take an "s"; irregular ones give their plural.
 */
public final class Counted {

    private Counted() {}

    /** {@code count} and {@code noun}, with an "s" unless the count is exactly one. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code count} and {@code singular} or {@code plural}, for nouns such as "entry". */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
