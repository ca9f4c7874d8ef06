package dev.tagbench.suggest;

import java.util.List;

/**
 * Sentence vectors computed once per text and encoder model, then read from the database: a
 * sentence is embedded once however often it is trained on or suggested for.
 */
public interface SentenceVectors {

    /** The vectors of the texts, in order: stored ones read, missing ones encoded and stored. */
    List<float[]> of(List<String> texts, SentenceEncoder encoder);
}
