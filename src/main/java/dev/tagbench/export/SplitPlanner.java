package dev.tagbench.export;

import java.time.Instant;
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
 *
 * <p>A dataset grows: articles that already have a split (from earlier exports with the same ratios and
 * seed) keep it, and count towards what each split holds; only the others are placed, the same way.
 * So an article evaluated on in one version of a dataset is never trained on in the next.
 */
final class SplitPlanner {

    /**
     * What the planner needs to know of an article.
     *
     * @param approvedAt when the approval being exported was given: with the split, what an export records
     */
    record ArticleStats(long articleId, int sentences, Map<String, Integer> labelCounts, Instant approvedAt) {

        ArticleStats(long articleId, int sentences, Map<String, Integer> labelCounts) {
            this(articleId, sentences, labelCounts, Instant.EPOCH);
        }
    }

    private SplitPlanner() {}

    /**
     * @param ratios three non-negative weights for train, validation and test
     * @return the split of every article, by id
     */
    static Map<Long, String> plan(List<ArticleStats> articles, int[] ratios, long seed) {
        return plan(articles, ratios, seed, Map.of());
    }

    /**
     * @param kept the split of articles that already have one; they keep it (a split outside
     *             {@link DatasetDescription#SPLITS} or with a ratio of zero is not kept)
     * @return the split of every article, by id
     */
    static Map<Long, String> plan(List<ArticleStats> articles, int[] ratios, long seed, Map<Long, String> kept) {
        var total = ratios[0] + ratios[1] + ratios[2];
        var shares = new double[] {ratios[0] / (double) total, ratios[1] / (double) total, ratios[2] / (double) total};
        var labelTotals = new HashMap<String, Integer>();
        long sentenceTotal = 0;
        for (var article : articles) {
            article.labelCounts().forEach((label, count) -> labelTotals.merge(label, count, Integer::sum));
            sentenceTotal += article.sentences();
        }
        var sentences = new double[3];
        var labels = new ArrayList<Map<String, Double>>(List.of(new HashMap<>(), new HashMap<>(), new HashMap<>()));
        var plan = new HashMap<Long, String>();
        var ordered = new ArrayList<ArticleStats>();
        for (var article : articles) {
            var split = DatasetDescription.SPLITS.indexOf(kept.getOrDefault(article.articleId(), ""));
            if (split >= 0 && shares[split] > 0) {
                place(article, split, plan, sentences, labels);
            } else {
                ordered.add(article);
            }
        }
        ordered.sort(Comparator.comparingLong(ArticleStats::articleId));
        Collections.shuffle(ordered, new Random(seed));
        // Rarest labels first: they have the fewest articles to spread, so they choose before the common ones.
        ordered.sort(Comparator.comparingInt(article -> rarity(article, labelTotals)));

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
            place(article, best, plan, sentences, labels);
        }
        return plan;
    }

    private static void place(
            ArticleStats article,
            int split,
            Map<Long, String> plan,
            double[] sentences,
            List<Map<String, Double>> labels) {
        plan.put(article.articleId(), DatasetDescription.SPLITS.get(split));
        sentences[split] += article.sentences();
        var chosen = labels.get(split);
        article.labelCounts().forEach((label, count) -> chosen.merge(label, (double) count, Double::sum));
    }

    private static int rarity(ArticleStats article, Map<String, Integer> labelTotals) {
        return article.labelCounts().keySet().stream()
                .mapToInt(labelTotals::get)
                .min()
                .orElse(Integer.MAX_VALUE);
    }
}
