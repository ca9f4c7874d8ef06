package dev.tagbench.bench;

import dev.tagbench.plugins.minilm.BenchmarkAccess;
import dev.tagbench.plugins.minilm.FeatureRows;
import dev.tagbench.plugins.minilm.LinearScorer;
import dev.tagbench.plugins.minilm.LogisticTrainer;
import dev.tagbench.plugins.minilm.MiniLmSuggester;
import dev.tagbench.suggest.SentenceEncoder;
import dev.tagbench.suggest.SentenceVectors;
import dev.tagbench.suggest.SuggestionContext;
import dev.tagbench.suggest.TrainingContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Macro-F1 on held-out articles after learning from n labelled sentences drawn at random, for four
 * models: MiniLM vectors and TF-IDF, each with Tagbench's trainer (class-balanced, regularisation
 * chosen by cross-validation, Platt-calibrated) and with plain logistic regression (C = 1, no class
 * weights, raw probabilities). Every model decides at a score of 0.5; a label with fewer than 2
 * examples in a sample is never predicted by the tuned models.
 */
final class LearningCurve {

    private LearningCurve() {}

    static String run(
            MiniLmSuggester suggester,
            SentenceVectors vectors,
            SentenceEncoder encoder,
            TrainingContext context,
            List<NewsSentences.Labelled> pool,
            List<NewsSentences.Labelled> test,
            int[] sizes,
            int repeats) {
        var testVectors =
                vectors.of(test.stream().map(NewsSentences.Labelled::text).toList(), encoder);
        var testDense = FeatureRows.dense(testVectors.toArray(float[][]::new), testVectors.getFirst().length);
        var out = new StringBuilder(String.format(
                "learning curve macro-F1 on %,d held-out sentences (%d articles), mean ± sd of %d draws%n"
                        + "  labelled   MiniLM+tuned LR   MiniLM+plain LR   TF-IDF+tuned LR   TF-IDF+plain LR%n",
                test.size(), test.size() / 8, repeats));
        var sizesWithAll = new int[sizes.length + 1];
        System.arraycopy(sizes, 0, sizesWithAll, 0, sizes.length);
        sizesWithAll[sizes.length] = pool.size();
        for (var n : sizesWithAll) {
            var scores = new double[4][repeats];
            var draws = n == pool.size() ? 1 : repeats;
            for (var r = 0; r < draws; r++) {
                var sample = new ArrayList<>(pool);
                Collections.shuffle(sample, new Random(1000L * n + r));
                var train = sample.subList(0, n);
                var examples = SuggestBenchmark.examples(train);
                double[][] ours;
                try {
                    var model = suggester.train(context, examples);
                    var predictions = suggester.suggest(
                            new SuggestionContext(1, context.schema(), context.settings(), model),
                            SuggestBenchmark.toLabel(test));
                    ours = new double[test.size()][NewsSentences.LABELS.size()];
                    for (var p : predictions) {
                        ours[(int) p.sentenceId()][NewsSentences.LABELS.indexOf(p.labelKey())] = p.confidence();
                    }
                } catch (RuntimeException e) {
                    ours = new double[test.size()][NewsSentences.LABELS.size()];
                }
                var trainVectors = vectors.of(
                        train.stream().map(NewsSentences.Labelled::text).toList(), encoder);
                var trainDense =
                        FeatureRows.dense(trainVectors.toArray(float[][]::new), trainVectors.getFirst().length);
                var tfidf = new TfIdf(
                        train.stream().map(NewsSentences.Labelled::text).toList());
                var trainSparse = tfidf.rows(
                        train.stream().map(NewsSentences.Labelled::text).toList());
                var testSparse = tfidf.rows(
                        test.stream().map(NewsSentences.Labelled::text).toList());
                scores[0][r] = macroF1(ours, test);
                scores[1][r] = macroF1(predict(trainDense, testDense, train, false), test);
                scores[2][r] = macroF1(predict(trainSparse, testSparse, train, true), test);
                scores[3][r] = macroF1(predict(trainSparse, testSparse, train, false), test);
            }
            out.append(String.format("  %,8d", n));
            for (var model : scores) {
                out.append(String.format("   %.3f ± %.3f  ", mean(model, draws), sd(model, draws)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Scores per test sentence and label from a model per label trained on the rows. */
    private static double[][] predict(
            FeatureRows train, FeatureRows test, List<NewsSentences.Labelled> labelled, boolean tuned) {
        var scores = new double[test.size()][NewsSentences.LABELS.size()];
        var articles =
                labelled.stream().mapToLong(NewsSentences.Labelled::articleId).toArray();
        for (var l = 0; l < NewsSentences.LABELS.size(); l++) {
            var label = NewsSentences.LABELS.get(l);
            var positive = new boolean[labelled.size()];
            var count = 0;
            for (var i = 0; i < positive.length; i++) {
                positive[i] = labelled.get(i).labels().contains(label);
                count += positive[i] ? 1 : 0;
            }
            LinearScorer scorer;
            try {
                if (count == 0 || count == positive.length) {
                    continue;
                }
                scorer = tuned
                        ? new LogisticTrainer().train(train, positive, articles)
                        : BenchmarkAccess.plainLogistic(train, positive);
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (var i = 0; i < test.size(); i++) {
                scores[i][l] = scorer.probability(test, i);
            }
        }
        return scores;
    }

    private static double macroF1(double[][] scores, List<NewsSentences.Labelled> test) {
        var sum = 0.0;
        for (var l = 0; l < NewsSentences.LABELS.size(); l++) {
            var label = NewsSentences.LABELS.get(l);
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < test.size(); i++) {
                var actual = test.get(i).labels().contains(label);
                var predicted = scores[i][l] >= 0.5;
                tp += actual && predicted ? 1 : 0;
                fp += !actual && predicted ? 1 : 0;
                fn += actual && !predicted ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / NewsSentences.LABELS.size();
    }

    private static double mean(double[] values, int n) {
        var sum = 0.0;
        for (var i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    private static double sd(double[] values, int n) {
        if (n < 2) {
            return 0;
        }
        var mean = mean(values, n);
        var sum = 0.0;
        for (var i = 0; i < n; i++) {
            sum += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(sum / (n - 1));
    }
}
