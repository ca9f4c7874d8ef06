package dev.tagbench.annotation;

import java.util.List;

/**
 * One curator's decision on one sentence.
 *
 * @param labels  label keys in schema order; empty means "explicitly no label"
 * @param version increases with every change; 0 means the curator has not decided yet, and a write
 *                that names an older version than the stored one is refused as stale
 */
public record SentenceLabels(long sentenceId, List<String> labels, int version) {

    public SentenceLabels {
        labels = List.copyOf(labels);
    }

    public static SentenceLabels undecided(long sentenceId) {
        return new SentenceLabels(sentenceId, List.of(), 0);
    }

    public boolean decided() {
        return version > 0;
    }
}
