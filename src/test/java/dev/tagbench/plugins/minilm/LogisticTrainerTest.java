package dev.tagbench.plugins.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

    @Test
    void learns_a_rare_label_with_calibrated_scores_and_survives_a_round_trip_through_bytes() {
        // 400 sentences in 80 articles; one in ten is positive, told apart (noisily) by the first dimension.
        var random = new Random(11);
        var n = 400;
        var vectors = new float[n][4];
        var positive = new boolean[n];
        var articles = new long[n];
        for (var i = 0; i < n; i++) {
            positive[i] = random.nextDouble() < 0.1;
            vectors[i][0] = (float) ((positive[i] ? 1.5 : -0.5) + random.nextGaussian() * 0.7);
            for (var j = 1; j < 4; j++) {
                vectors[i][j] = (float) random.nextGaussian();
            }
            articles[i] = i / 5;
        }
        var scorer = new LogisticTrainer().train(FeatureRows.dense(vectors, 4), positive, articles);

        double meanPositive = 0, meanNegative = 0, sumProbability = 0;
        int positives = 0;
        for (var i = 0; i < n; i++) {
            var p = scorer.probability(vectors[i]);
            sumProbability += p;
            if (positive[i]) {
                meanPositive += p;
                positives++;
            } else {
                meanNegative += p;
            }
        }
        meanPositive /= positives;
        meanNegative /= n - positives;
        assertThat(meanPositive).isGreaterThan(0.5);
        assertThat(meanNegative).isLessThan(0.15);
        // Calibrated: the scores add up to about as many positives as there are, despite the class weights.
        assertThat(sumProbability).isBetween(positives * 0.7, positives * 1.3);

        var model = new LabelScorers("test-encoder", Map.of("pledge", scorer));
        var back = LabelScorers.fromBytes(model.toBytes());
        assertThat(back.encoder()).isEqualTo("test-encoder");
        assertThat(back.labels()).containsExactly("pledge");
        assertThat(back.byLabel().get("pledge").probability(vectors[0]))
                .isCloseTo(scorer.probability(vectors[0]), within(1e-5));
    }

    @Test
    void refuses_a_label_with_a_single_example() {
        var vectors = new float[][] {{1}, {0}, {0}, {0}};
        assertThatThrownBy(() -> new LogisticTrainer()
                        .train(FeatureRows.dense(vectors, 1), new boolean[] {true, false, false, false}, new long[] {
                            1, 2, 3, 4
                        }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least 2 positive");
    }
}
