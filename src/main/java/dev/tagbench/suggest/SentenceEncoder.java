package dev.tagbench.suggest;

import java.util.List;

/** Turns sentences into vectors, for suggesters that learn from sentence embeddings. */
public interface SentenceEncoder {

    /** Names the model and its version; vectors are stored per text and this name. */
    String modelVersion();

    /** One vector per text, in order, all of the same length. */
    List<float[]> encode(List<String> texts);
}
