package dev.tagbench.plugins.minilm;

import dev.tagbench.suggest.ArticleFolds;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Trains one label's scorer: class-balanced, L2-regularised logistic regression
 * ({@link WeightedLogistic}); on small data the regularisation is chosen from a grid by
 * cross-validated log loss; Platt scaling is fitted on out-of-fold decision values (folds by article),
 * so scores are calibrated probabilities rather than the over-confident values of a model judged on
 * the data it learned.
 */
public final class LogisticTrainer {

    /** The regularisation strengths tried (C: larger means less regularised). */
    static final double[] GRID = {0.25, 1, 4, 16};

    /** Above this many examples the grid costs more than it brings: regularisation matters little there. */
    static final int GRID_UP_TO = 3000;

    static final double DEFAULT_C = 4;

    private static final int FOLDS = 5;

    private final double[] grid;

    public LogisticTrainer() {
        this(GRID);
    }

    /** A trainer that tries these regularisation strengths (one: no search). */
    public LogisticTrainer(double... grid) {
        this.grid = grid.clone();
    }

    /**
     * @param positive whether each row has the label
     * @param articles the article of each row, for the folds
     * @throws IllegalArgumentException with fewer than 2 positive or 2 negative rows
     */
    public LinearScorer train(FeatureRows rows, boolean[] positive, long[] articles) {
        var positives = 0;
        for (var p : positive) {
            positives += p ? 1 : 0;
        }
        var k = Math.min(FOLDS, Math.min(positives, rows.size() - positives));
        if (k < 2) {
            throw new IllegalArgumentException("At least 2 positive and 2 negative examples are needed");
        }
        var candidates = rows.size() <= GRID_UP_TO || grid.length == 1 ? grid : new double[] {DEFAULT_C};
        var folds = ArticleFolds.assign(articles, k);
        var bestLoss = Double.POSITIVE_INFINITY;
        var bestC = candidates[0];
        double[] bestDecisions = null;
        for (var c : candidates) {
            var decisions = outOfFold(rows, positive, folds, k, c);
            var loss = logLoss(decisions, positive, PlattScaling.fit(decisions, positive));
            if (loss < bestLoss || bestDecisions == null) {
                bestLoss = loss;
                bestC = c;
                bestDecisions = decisions;
            }
        }
        var theta = WeightedLogistic.fit(rows, positive, bestC, new double[0]);
        var d = rows.dimensions();
        return new LinearScorer(Arrays.copyOf(theta, d), theta[d], PlattScaling.fit(bestDecisions, positive));
    }

    /** Decision values of each row from a model that did not see its article. */
    private static double[] outOfFold(FeatureRows rows, boolean[] positive, int[] folds, int k, double c) {
        var decisions = new double[rows.size()];
        var d = rows.dimensions();
        for (var fold = 0; fold < k; fold++) {
            var train = indexes(folds, fold, false);
            var test = indexes(folds, fold, true);
            var trainPositive = select(positive, train);
            var count = 0;
            for (var p : trainPositive) {
                count += p ? 1 : 0;
            }
            if (test.length == 0 || count == 0 || count == train.length) {
                // A fold without one of the classes teaches nothing; its rows keep a neutral value.
                continue;
            }
            var theta = WeightedLogistic.fit(rows.select(train), trainPositive, c, new double[0]);
            var weights = Arrays.copyOf(theta, d);
            for (var i : test) {
                decisions[i] = theta[d] + rows.dot(i, weights);
            }
        }
        return decisions;
    }

    private static double logLoss(double[] decisions, boolean[] positive, PlattScaling calibration) {
        var loss = 0.0;
        for (var i = 0; i < decisions.length; i++) {
            var p = Math.clamp(calibration.probability(decisions[i]), 1e-12, 1 - 1e-12);
            loss -= positive[i] ? Math.log(p) : Math.log(1 - p);
        }
        return loss / decisions.length;
    }

    private static int[] indexes(int[] folds, int fold, boolean inFold) {
        return IntStream.range(0, folds.length)
                .filter(i -> (folds[i] == fold) == inFold)
                .toArray();
    }

    private static boolean[] select(boolean[] values, int[] indexes) {
        var result = new boolean[indexes.length];
        for (var i = 0; i < indexes.length; i++) {
            result[i] = values[indexes[i]];
        }
        return result;
    }
}
