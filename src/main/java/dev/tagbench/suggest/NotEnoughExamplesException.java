package dev.tagbench.suggest;

/** A suggester cannot learn from the examples it was given; the message tells the manager what is missing. */
public class NotEnoughExamplesException extends RuntimeException {

    public NotEnoughExamplesException(String message) {
        super(message);
    }
}
