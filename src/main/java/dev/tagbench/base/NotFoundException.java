package dev.tagbench.base;

/**
 * Something does not exist, or the caller may not know that it does: both answer 404 so that ids of
 * other projects reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
