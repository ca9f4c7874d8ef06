package dev.tagbench.suggest;

import java.util.List;

/** The suggestions for one sentence, highest score first. */
public record SentenceSuggestions(long sentenceId, List<LabelSuggestion> labels) {

    public SentenceSuggestions {
        labels = List.copyOf(labels);
    }

    /**
     * One suggested label.
     *
     * @param score        in [0, 1]; at least the project's threshold
     * @param suggester    the suggester's id
     * @param reason       why, in a few words (the matched phrase for rules)
     * @param modelVersion the model that produced the score
     */
    public record LabelSuggestion(String key, double score, String suggester, String reason, String modelVersion) {}
}
