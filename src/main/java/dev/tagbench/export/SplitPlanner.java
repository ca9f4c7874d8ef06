package dev.tagbench.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns whole articles to train, validation and test, so near-identical sentences of one article
 * never leak across splits. Articles are taken in a seeded random order, those carrying the
 * rarest labels first; each goes to the split still missing most of its rarest label, and articles
 * without labels (or on a tie) to the split missing most sentences — a greedy form of iterative
 * stratification (Sechidis et al., 2011). The same articles, ratios and seed give the same plan.
 */
final class SplitPlanner {

    /** What the planner needs to know of an article. */
    record ArticleStats(long articleId, int sentences, Map<String, Integer> labelCounts) {}

    private SplitPlanner() {}

    /**
     * @param ratios three non-negative weights for train, validation and test
     * @return the split of every article, by id
     */
    static Map<Long, String> plan(List<ArticleStats> articles, int[] ratios, long seed) {
        var total = ratios[0] + ratios[1] + ratios[2];
        var shares = new double[] {ratios[0] / (double) total, ratios[1] / (double) total, ratios[2] / (double) total};
        var ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparingLong(ArticleStats::articleId));
        Collections.shuffle(ordered, new Random(seed));
        var labelTotals = new HashMap<String, Integer>();
        long sentenceTotal = 0;
        for (var article : ordered) {
            article.labelCounts().forEach((label, count) -> labelTotals.merge(label, count, Integer::sum));
            sentenceTotal += article.sentences();
        }
        // Rarest labels first: they have the fewest articles to spread, so they choose before the common ones.
        ordered.sort(Comparator.comparingInt(article -> rarity(article, labelTotals)));

        var sentences = new double[3];
        var labels = new ArrayList<Map<String, Double>>(List.of(new HashMap<>(), new HashMap<>(), new HashMap<>()));
        var plan = new HashMap<Long, String>();
        for (var article : ordered) {
            var rarest = article.labelCounts().keySet().stream()
                    .min(Comparator.comparing((String label) -> labelTotals.get(label))
                            .thenComparing(label -> label))
                    .orElse(null);
            var best = -1;
            double bestLabelGap = Double.NEGATIVE_INFINITY;
            double bestSentenceGap = Double.NEGATIVE_INFINITY;
            for (var split = 0; split < 3; split++) {
                if (shares[split] == 0) {
                    continue;
                }
                // First the article's rarest label: the split still missing most of it; then sentences.
                var labelGap = rarest == null
                        ? 0
                        : shares[split] * labelTotals.get(rarest)
                                - labels.get(split).getOrDefault(rarest, 0.0);
                var sentenceGap = shares[split] * sentenceTotal - sentences[split];
                if (labelGap > bestLabelGap + 1e-9
                        || Math.abs(labelGap - bestLabelGap) <= 1e-9 && sentenceGap > bestSentenceGap + 1e-9) {
                    best = split;
                    bestLabelGap = labelGap;
                    bestSentenceGap = sentenceGap;
                }
            }
            plan.put(article.articleId(), DatasetDescription.SPLITS.get(best));
            sentences[best] += article.sentences();
            var chosen = labels.get(best);
            article.labelCounts().forEach((label, count) -> chosen.merge(label, (double) count, Double::sum));
        }
        return plan;
    }

    private static int rarity(ArticleStats article, Map<String, Integer> labelTotals) {
        return article.labelCounts().keySet().stream()
                .mapToInt(labelTotals::get)
                .min()
                .orElse(Integer.MAX_VALUE);
    }
}
