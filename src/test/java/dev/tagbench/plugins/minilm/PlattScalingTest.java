package dev.tagbench.plugins.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

    @Test
    void recovers_the_sigmoid_that_generated_the_labels() {
        // Labels drawn with P(positive | f) = 1 / (1 + exp(-2f + 1)), i.e. a = -2, b = 1.
        var random = new Random(3);
        var n = 20_000;
        var decisions = new double[n];
        var positive = new boolean[n];
        for (var i = 0; i < n; i++) {
            decisions[i] = random.nextGaussian() * 2;
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * decisions[i] + 1));
        }
        var platt = PlattScaling.fit(decisions, positive);
        assertThat(platt.a()).isCloseTo(-2, within(0.1));
        assertThat(platt.b()).isCloseTo(1, within(0.1));
        assertThat(platt.probability(0.5)).isCloseTo(0.5, within(0.03));
    }

    @Test
    void separable_data_gives_confident_but_not_certain_probabilities() {
        var decisions = new double[] {-3, -2, -1.5, 1.5, 2, 3};
        var positive = new boolean[] {false, false, false, true, true, true};
        var platt = PlattScaling.fit(decisions, positive);
        assertThat(platt.probability(3)).isGreaterThan(0.7).isLessThan(1);
        assertThat(platt.probability(-3)).isLessThan(0.3).isGreaterThan(0);
        assertThat(platt.probability(1000)).isLessThanOrEqualTo(1);
        assertThat(platt.probability(-1000)).isGreaterThanOrEqualTo(0);
    }
}
