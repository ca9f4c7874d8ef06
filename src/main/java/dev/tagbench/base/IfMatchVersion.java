package dev.tagbench.base;

import org.jspecify.annotations.Nullable;

/** The version number an API caller sends in {@code If-Match} for an optimistic lock ({@code "3"}, {@code W/"3"} or 3). */
public final class IfMatchVersion {

    private IfMatchVersion() {}

    /** The version, or null when the header is absent; anything but a number is a 400. */
    public static @Nullable Integer parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be a version number.");
        }
    }
}
