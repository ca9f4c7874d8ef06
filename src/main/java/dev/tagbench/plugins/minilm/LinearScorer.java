package dev.tagbench.plugins.minilm;

/**
 * One label's learned scorer: a linear decision value over the features, turned into a calibrated
 * probability by Platt scaling.
 *
 * @param weights one per feature dimension
 */
public record LinearScorer(double[] weights, double bias, PlattScaling calibration) {

    public double decision(float[] vector) {
        var sum = bias;
        var n = Math.min(vector.length, weights.length);
        for (var i = 0; i < n; i++) {
            sum += weights[i] * vector[i];
        }
        return sum;
    }

    public double decision(FeatureRows rows, int row) {
        return bias + rows.dot(row, weights);
    }

    public double probability(float[] vector) {
        return calibration.probability(decision(vector));
    }

    public double probability(FeatureRows rows, int row) {
        return calibration.probability(decision(rows, row));
    }
}
