package dev.tagbench.base;

/** The request is valid but clashes with the current state, such as a stale version (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
