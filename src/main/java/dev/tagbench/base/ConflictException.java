package dev.tagbench.base;

import java.util.Map;

/** The request is valid but clashes with the current state, such as a stale version (409). */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    /** With more members for the problem details, such as what is in the way. */
    public ConflictException(String message, Map<String, ?> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
