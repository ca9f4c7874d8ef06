package dev.tagbench.outbound;

/** A URL Tagbench will not call, with the reason in words a manager understands. */
public class RefusedUrlException extends IllegalArgumentException {

    public RefusedUrlException(String message) {
        super(message);
    }
}
