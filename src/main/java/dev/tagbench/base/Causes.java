package dev.tagbench.base;

import org.jspecify.annotations.Nullable;

/** Finds a failure's cause of a given type: frameworks wrap what went wrong, often twice or more. */
final class Causes {

    private Causes() {}

    static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        @Nullable Throwable cause = failure;
        for (var depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
