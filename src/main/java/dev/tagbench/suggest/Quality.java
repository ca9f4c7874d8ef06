package dev.tagbench.suggest;

import java.util.Map;

/**
 * How well a trained suggester did on approved sentences it had not learned from: cross-validated
 * with whole articles per fold, at the project's threshold when it was trained.
 *
 * @param folds how many folds the sentences were split into (0: too few articles to measure)
 */
public record Quality(double threshold, int folds, Map<String, LabelQuality> perLabel) {

    public Quality {
        perLabel = Map.copyOf(perLabel);
    }

    /**
     * @param support approved sentences with the label
     */
    public record LabelQuality(double precision, double recall, double f1, int support) {}
}
