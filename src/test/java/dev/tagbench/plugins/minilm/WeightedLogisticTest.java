package dev.tagbench.plugins.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedLogisticTest {

    /** A noisy problem: 300 rows of 8 dimensions, one positive in five, labels from a hidden linear rule. */
    private static final int N = 300;

    private static final int D = 8;

    @Test
    void finds_the_same_weights_as_liblinear_for_the_same_objective() {
        var random = new Random(7);
        var x = new float[N][D];
        var y = new boolean[N];
        for (var i = 0; i < N; i++) {
            var score = 0.0;
            for (var j = 0; j < D; j++) {
                x[i][j] = (float) random.nextGaussian();
                score += (j + 1) * 0.3 * x[i][j];
            }
            y[i] = score + random.nextGaussian() > 2.2;
        }
        var positives = 0;
        for (var p : y) {
            positives += p ? 1 : 0;
        }
        assertThat(positives).isBetween(30, 120);

        var ours = WeightedLogistic.fit(FeatureRows.dense(x, D), y, 2.0, new double[0]);
        var reference = liblinear(x, y, positives, 2.0);

        for (var j = 0; j <= D; j++) {
            assertThat(ours[j])
                    .as("weight %d", j)
                    .isCloseTo(reference[j], within(1e-3 + 1e-3 * Math.abs(reference[j])));
        }
    }

    @Test
    void a_warm_start_reaches_the_same_optimum() {
        var x = new float[][] {{1, 0}, {0.9f, 0.2f}, {0, 1}, {0.1f, 0.8f}, {0.5f, 0.5f}, {0.8f, 0.1f}};
        var y = new boolean[] {true, true, false, false, false, true};
        var cold = WeightedLogistic.fit(FeatureRows.dense(x, 2), y, 1, new double[0]);
        var warm = WeightedLogistic.fit(FeatureRows.dense(x, 2), y, 1, new double[] {5, -5, 1});
        for (var j = 0; j < 3; j++) {
            assertThat(warm[j]).isCloseTo(cold[j], within(1e-3));
        }
        assertThat(cold[0]).isGreaterThan(cold[1]);
    }

    /** LIBLINEAR's L2R_LR with the bias as an unregularised constant feature and balanced class weights. */
    private static double[] liblinear(float[][] x, boolean[] y, int positives, double c) {
        var problem = new Problem();
        problem.l = N;
        problem.n = D + 1;
        problem.bias = 1;
        problem.x = new Feature[N][];
        problem.y = new double[N];
        for (var i = 0; i < N; i++) {
            var row = new Feature[D + 1];
            for (var j = 0; j < D; j++) {
                row[j] = new FeatureNode(j + 1, x[i][j]);
            }
            row[D] = new FeatureNode(D + 1, 1);
            problem.x[i] = row;
            problem.y[i] = y[i] ? 1 : 0;
        }
        Linear.disableDebugOutput();
        var parameter = new Parameter(SolverType.L2R_LR, c, 1e-8);
        parameter.setRegularizeBias(false);
        parameter.setWeights(new double[] {N / (2.0 * positives), N / (2.0 * (N - positives))}, new int[] {1, 0});
        var model = Linear.train(problem, parameter);
        var sign = model.getLabels()[0] == 1 ? 1 : -1;
        var raw = model.getFeatureWeights();
        var weights = new double[D + 1];
        for (var j = 0; j <= D; j++) {
            weights[j] = sign * raw[j];
        }
        return weights;
    }
}
