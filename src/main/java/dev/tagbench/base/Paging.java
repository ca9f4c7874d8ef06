package dev.tagbench.base;

import org.jspecify.annotations.Nullable;

/**
 * Checks the paging parameters of a list request: an offset from 0 and a page size from 1 to a
 * maximum. Out-of-range values are refused with 400 naming the parameter, never quietly adjusted.
 */
public final class Paging {

    private Paging() {}

    public static int offset(String name, int offset) {
        if (offset < 0) {
            throw new InvalidInputException(name, name + " must be 0 or more.");
        }
        return offset;
    }

    /** The page size asked for, or {@code fallback} when none was given. */
    public static int limit(String name, @Nullable Integer limit, int fallback, int max) {
        var size = limit == null ? fallback : limit;
        if (size < 1 || size > max) {
            throw new InvalidInputException(name, name + " must be a whole number from 1 to " + max + ".");
        }
        return size;
    }
}
