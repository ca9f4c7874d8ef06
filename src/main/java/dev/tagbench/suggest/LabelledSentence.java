package dev.tagbench.suggest;

import java.util.List;

/**
 * An approved sentence with its final labels: training data.
 *
 * @param articleId sentences of one article are kept together when data is split for the quality check
 * @param labels    the final label keys; empty when the reviewer decided "no label"
 */
public record LabelledSentence(long sentenceId, long articleId, String text, List<String> labels) {

    public LabelledSentence {
        labels = List.copyOf(labels);
    }
}
