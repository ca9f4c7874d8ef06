package dev.tagbench.plugins.minilm;

/**
 * Platt scaling: turns a classifier's decision values into probabilities,
 * {@code p = 1 / (1 + exp(a * f + b))}, fitted by Newton's method with backtracking on targets
 * smoothed towards the class prior, as in Lin, Lin and Weng, "A note on Platt's probabilistic
 * outputs for support vector machines" (2007). The smoothing keeps scores away from 0 and 1 when
 * there are few examples.
 */
public record PlattScaling(double a, double b) {

    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12;
    private static final double EPSILON = 1e-5;

    public double probability(double decision) {
        var f = decision * a + b;
        // Written two ways so exp never overflows.
        return f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
    }

    /** Fits a and b to decision values and whether each example is positive. */
    public static PlattScaling fit(double[] decisions, boolean[] positive) {
        var n = decisions.length;
        double prior1 = 0;
        for (var p : positive) {
            prior1 += p ? 1 : 0;
        }
        var prior0 = n - prior1;
        var hiTarget = (prior1 + 1) / (prior1 + 2);
        var loTarget = 1 / (prior0 + 2);
        var t = new double[n];
        for (var i = 0; i < n; i++) {
            t[i] = positive[i] ? hiTarget : loTarget;
        }
        var a = 0.0;
        var b = Math.log((prior0 + 1) / (prior1 + 1));
        var fval = objective(decisions, t, a, b);
        for (var iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double h11 = SIGMA, h22 = SIGMA, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < n; i++) {
                var fApB = decisions[i] * a + b;
                double p, q;
                if (fApB >= 0) {
                    p = Math.exp(-fApB) / (1 + Math.exp(-fApB));
                    q = 1 / (1 + Math.exp(-fApB));
                } else {
                    p = 1 / (1 + Math.exp(fApB));
                    q = Math.exp(fApB) / (1 + Math.exp(fApB));
                }
                var d2 = p * q;
                h11 += decisions[i] * decisions[i] * d2;
                h22 += d2;
                h21 += decisions[i] * d2;
                var d1 = t[i] - p;
                g1 += decisions[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < EPSILON && Math.abs(g2) < EPSILON) {
                break;
            }
            var det = h11 * h22 - h21 * h21;
            var dA = -(h22 * g1 - h21 * g2) / det;
            var dB = -(-h21 * g1 + h11 * g2) / det;
            var gd = g1 * dA + g2 * dB;
            var step = 1.0;
            while (step >= MIN_STEP) {
                var newA = a + step * dA;
                var newB = b + step * dB;
                var newF = objective(decisions, t, newA, newB);
                if (newF < fval + 1e-4 * step * gd) {
                    a = newA;
                    b = newB;
                    fval = newF;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    private static double objective(double[] decisions, double[] t, double a, double b) {
        var value = 0.0;
        for (var i = 0; i < decisions.length; i++) {
            var fApB = decisions[i] * a + b;
            value += fApB >= 0
                    ? t[i] * fApB + Math.log(1 + Math.exp(-fApB))
                    : (t[i] - 1) * fApB + Math.log(1 + Math.exp(fApB));
        }
        return value;
    }
}
