package dev.tagbench.plugins.minilm;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Binary logistic regression with L2 regularisation (the bias left unregularised) and per-class
 * weights, minimised with L-BFGS: {@code ½‖w‖² + C Σ cᵢ log(1 + exp(−yᵢ(w·xᵢ + b)))}, the objective
 * LIBLINEAR's {@code L2R_LR} solves. The class weights make positives and negatives count equally
 * however rare a label is.
 */
final class WeightedLogistic {

    private static final int HISTORY = 10;
    private static final int MAX_ITERATIONS = 300;
    private static final double TOLERANCE = 1e-4;

    private WeightedLogistic() {}

    /** The weights (one per dimension) followed by the bias, with balanced class weights. */
    static double[] fit(FeatureRows rows, boolean[] positive, double c, double[] start) {
        return fit(rows, positive, c, start, true);
    }

    /** As {@link #fit(FeatureRows, boolean[], double, double[])}; unbalanced, every example weighs 1. */
    static double[] fit(FeatureRows rows, boolean[] positive, double c, double[] start, boolean balanced) {
        var n = rows.size();
        var positives = 0;
        for (var p : positive) {
            positives += p ? 1 : 0;
        }
        var weightPositive = balanced ? n / (2.0 * positives) : 1;
        var weightNegative = balanced ? n / (2.0 * (n - positives)) : 1;
        var objective = new Objective(rows, positive, c, weightPositive, weightNegative);
        return minimise(
                objective, start.length == rows.dimensions() + 1 ? start.clone() : new double[rows.dimensions() + 1]);
    }

    /** Cost and gradient of the regularised, weighted log loss. */
    private record Objective(
            FeatureRows rows, boolean[] positive, double c, double weightPositive, double weightNegative) {

        double evaluate(double[] theta, double[] gradient) {
            var d = rows.dimensions();
            var bias = theta[d];
            var value = 0.0;
            for (var j = 0; j < d; j++) {
                gradient[j] = theta[j];
                value += 0.5 * theta[j] * theta[j];
            }
            gradient[d] = 0;
            for (var i = 0; i < rows.size(); i++) {
                var y = positive[i] ? 1.0 : -1.0;
                var weight = c * (positive[i] ? weightPositive : weightNegative);
                var margin = y * (rows.dot(i, theta) + bias);
                value += weight * softplus(-margin);
                // d/dz log(1 + e^(-yz)) = -y σ(-yz)
                var slope = -y * weight * sigmoid(-margin);
                rows.addTo(i, slope, gradient);
                gradient[d] += slope;
            }
            return value;
        }
    }

    private static double[] minimise(Objective objective, double[] theta) {
        var size = theta.length;
        var gradient = new double[size];
        var value = objective.evaluate(theta, gradient);
        var initialNorm = norm(gradient);
        var steps = new ArrayDeque<double[]>();
        var changes = new ArrayDeque<double[]>();
        var nextGradient = new double[size];
        var candidate = new double[size];
        for (var iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (norm(gradient) <= TOLERANCE * Math.max(1, initialNorm)) {
                break;
            }
            var direction = direction(gradient, steps, changes);
            var slope = dot(direction, gradient);
            if (slope >= 0) {
                // Not a descent direction (a poor curvature history): restart from steepest descent.
                steps.clear();
                changes.clear();
                direction = negate(gradient);
                slope = dot(direction, gradient);
            }
            var step = steps.isEmpty() ? 1 / Math.max(1, norm(gradient)) : 1.0;
            var nextValue = Double.NaN;
            for (var tries = 0; tries < 40; tries++) {
                for (var j = 0; j < size; j++) {
                    candidate[j] = theta[j] + step * direction[j];
                }
                nextValue = objective.evaluate(candidate, nextGradient);
                if (nextValue <= value + 1e-4 * step * slope) {
                    break;
                }
                step /= 2;
            }
            if (!(nextValue <= value)) {
                break;
            }
            var s = new double[size];
            var y = new double[size];
            for (var j = 0; j < size; j++) {
                s[j] = candidate[j] - theta[j];
                y[j] = nextGradient[j] - gradient[j];
            }
            if (dot(s, y) > 1e-12) {
                steps.addLast(s);
                changes.addLast(y);
                if (steps.size() > HISTORY) {
                    steps.removeFirst();
                    changes.removeFirst();
                }
            }
            System.arraycopy(candidate, 0, theta, 0, size);
            System.arraycopy(nextGradient, 0, gradient, 0, size);
            var improvement = value - nextValue;
            value = nextValue;
            if (improvement <= 1e-12 * Math.max(1, Math.abs(value))) {
                break;
            }
        }
        return theta;
    }

    /** The L-BFGS two-loop recursion: the quasi-Newton direction from the recent steps. */
    private static double[] direction(double[] gradient, ArrayDeque<double[]> steps, ArrayDeque<double[]> changes) {
        var q = negate(gradient);
        var count = steps.size();
        var s = steps.toArray(new double[0][]);
        var y = changes.toArray(new double[0][]);
        var alpha = new double[count];
        for (var i = count - 1; i >= 0; i--) {
            alpha[i] = dot(s[i], q) / dot(y[i], s[i]);
            axpy(-alpha[i], y[i], q);
        }
        if (count > 0) {
            var gamma = dot(s[count - 1], y[count - 1]) / dot(y[count - 1], y[count - 1]);
            for (var j = 0; j < q.length; j++) {
                q[j] *= gamma;
            }
        }
        for (var i = 0; i < count; i++) {
            var beta = dot(y[i], q) / dot(y[i], s[i]);
            axpy(alpha[i] - beta, s[i], q);
        }
        return q;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    private static double dot(double[] a, double[] b) {
        var sum = 0.0;
        for (var i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] negate(double[] a) {
        var result = Arrays.copyOf(a, a.length);
        for (var i = 0; i < result.length; i++) {
            result[i] = -result[i];
        }
        return result;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (var i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
