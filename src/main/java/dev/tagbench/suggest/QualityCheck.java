package dev.tagbench.suggest;

import dev.tagbench.project.Label;
import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import dev.tagbench.suggest.Quality.LabelQuality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a trainable suggester on approved sentences it did not learn from: the sentences are
 * split into up to five folds with whole articles per fold, the suggester is trained on all folds
 * but one and scores the one left out, in turn. Precision, recall and F1 per label are counted at
 * the project's threshold over every sentence that was scored.
 */
public final class QualityCheck {

    static final int FOLDS = 5;

    private QualityCheck() {}

    /** The suggester's quality on the examples, cross-validated by article at the threshold. */
    public static Quality measure(
            LabelSuggester suggester, TrainingContext context, List<LabelledSentence> examples, double threshold) {
        var articles = examples.stream().mapToLong(LabelledSentence::articleId).toArray();
        if (examples.stream().mapToLong(LabelledSentence::articleId).distinct().count() < 2) {
            return new Quality(threshold, 0, Map.of());
        }
        var k = ArticleFolds.count(articles, FOLDS);
        var folds = ArticleFolds.assign(articles, k);
        var scored = new HashMap<Long, Map<String, Double>>();
        for (var fold = 0; fold < k; fold++) {
            var train = new ArrayList<LabelledSentence>();
            var test = new ArrayList<SentenceToLabel>();
            for (var i = 0; i < examples.size(); i++) {
                var example = examples.get(i);
                if (folds[i] == fold) {
                    test.add(new SentenceToLabel(example.sentenceId(), example.text()));
                } else {
                    train.add(example);
                }
            }
            TrainedModel model;
            try {
                model = suggester.train(context, train);
            } catch (NotEnoughExamplesException e) {
                continue;
            }
            test.forEach(sentence -> scored.put(sentence.sentenceId(), new HashMap<>()));
            var scoring = new SuggestionContext(context.projectId(), context.schema(), context.settings(), model);
            for (var suggestion : suggester.suggest(scoring, test)) {
                scored.get(suggestion.sentenceId()).merge(suggestion.labelKey(), suggestion.confidence(), Math::max);
            }
        }
        var perLabel = new LinkedHashMap<String, LabelQuality>();
        for (var label : context.schema()) {
            perLabel.put(label.key(), count(label, examples, scored, threshold));
        }
        return new Quality(threshold, k, perLabel);
    }

    private static LabelQuality count(
            Label label, List<LabelledSentence> examples, Map<Long, Map<String, Double>> scored, double threshold) {
        int tp = 0, fp = 0, fn = 0, support = 0;
        for (var example : examples) {
            var scores = scored.get(example.sentenceId());
            if (scores == null) {
                continue;
            }
            var actual = example.labels().contains(label.key());
            var predicted = scores.getOrDefault(label.key(), 0.0) >= threshold;
            support += actual ? 1 : 0;
            tp += actual && predicted ? 1 : 0;
            fp += !actual && predicted ? 1 : 0;
            fn += actual && !predicted ? 1 : 0;
        }
        var precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelQuality(round(precision), round(recall), round(f1), support);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
