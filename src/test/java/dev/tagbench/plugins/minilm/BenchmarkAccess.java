package dev.tagbench.plugins.minilm;

import java.util.Arrays;

/** Lets the suggestion benchmark train the untuned baseline: plain logistic regression, no class weights, no calibration. */
public final class BenchmarkAccess {

    private BenchmarkAccess() {}

    /** Logistic regression with C = 1 and every example weighing the same; scores are its raw probabilities. */
    public static LinearScorer plainLogistic(FeatureRows rows, boolean[] positive) {
        var theta = WeightedLogistic.fit(rows, positive, 1, new double[0], false);
        var d = rows.dimensions();
        return new LinearScorer(Arrays.copyOf(theta, d), theta[d], new PlattScaling(-1, 0));
    }
}
