package dev.tagbench.base;

/** The caller is known and may see the thing, but lacks the role for this action (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
