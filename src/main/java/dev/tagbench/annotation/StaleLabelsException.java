package dev.tagbench.annotation;

import dev.tagbench.base.ConflictException;

/** A label write based on an outdated version: someone (another tab, say) changed the sentence first. */
public class StaleLabelsException extends ConflictException {

    private final SentenceLabels current;

    StaleLabelsException(SentenceLabels current) {
        super("The labels of sentence " + current.sentenceId() + " were changed elsewhere (now version "
                + current.version() + "); reload and try again.");
        this.current = current;
    }

    /** What is stored now, so the caller can show it. */
    public SentenceLabels current() {
        return current;
    }
}
