package dev.tagbench.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Cohen's kappa of two raters over the items both rated. {@code a} sorts before {@code b}
 * ({@link String#compareTo}); {@code kappa} is null when undefined (both used one and the same
 * category throughout).
 */
public record PairKappa(String a, String b, @Nullable Double kappa, int items) {

    public PairKappa {
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("raters must be in order: " + a + ", " + b);
        }
    }
}
