package dev.tagbench.suggest;

import org.jspecify.annotations.Nullable;

/**
 * A project's choices about suggestions.
 *
 * @param threshold         suggestions scoring at least this are shown (and accepted by "accept all")
 * @param curatorsSeeChoice the manager's choice whether curators see suggestions; null: automatic
 * @param curatorsSee       whether curators see them now (the choice, or the automatic default)
 * @param curatorsSeeReason why, in a sentence for the settings page
 * @param activeLearning    Next article hands out the articles the model is least sure about first
 */
public record SuggestionSettings(
        double threshold,
        @Nullable Boolean curatorsSeeChoice,
        boolean curatorsSee,
        String curatorsSeeReason,
        boolean activeLearning) {

    public static final double DEFAULT_THRESHOLD = 0.5;
}
