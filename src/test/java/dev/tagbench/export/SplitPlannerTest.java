package dev.tagbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.SplitPlanner.ArticleStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SplitPlannerTest {

    private static List<ArticleStats> corpus(int articles, long seed) {
        var random = new Random(seed);
        var list = new ArrayList<ArticleStats>();
        for (var i = 0; i < articles; i++) {
            var labels = new HashMap<String, Integer>();
            if (random.nextInt(3) == 0) {
                labels.put("pledge", 1 + random.nextInt(5));
            }
            if (random.nextInt(10) == 0) {
                labels.put("troop_claim", 1 + random.nextInt(3));
            }
            list.add(new ArticleStats(1000 + i, 5 + random.nextInt(60), labels));
        }
        return list;
    }

    @Test
    void every_article_lands_in_exactly_one_split() {
        var plan = SplitPlanner.plan(corpus(300, 1), new int[] {80, 10, 10}, 42);
        assertThat(plan).hasSize(300);
        assertThat(plan.values()).allMatch(DatasetDescription.SPLITS::contains);
    }

    @Test
    void split_sizes_are_within_one_article_of_the_ratios() {
        var articles = corpus(400, 2);
        var plan = SplitPlanner.plan(articles, new int[] {80, 10, 10}, 7);
        var total = articles.stream().mapToInt(ArticleStats::sentences).sum();
        var largest = articles.stream().mapToInt(ArticleStats::sentences).max().orElseThrow();
        var shares = Map.of("train", 0.8, "validation", 0.1, "test", 0.1);
        for (var split : DatasetDescription.SPLITS) {
            var size = articles.stream()
                    .filter(a -> plan.get(a.articleId()).equals(split))
                    .mapToInt(ArticleStats::sentences)
                    .sum();
            assertThat((double) size).as(split).isCloseTo(shares.get(split) * total, Offset.offset((double) largest));
        }
    }

    @Test
    void rare_labels_are_spread_across_splits_as_far_as_articles_allow() {
        var articles = corpus(500, 3);
        var plan = SplitPlanner.plan(articles, new int[] {60, 20, 20}, 11);
        var troops = new HashMap<String, Integer>();
        articles.forEach(a ->
                troops.merge(plan.get(a.articleId()), a.labelCounts().getOrDefault("troop_claim", 0), Integer::sum));
        var total = troops.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(troops.get("validation")).isBetween((int) (total * 0.2) - 3, (int) (total * 0.2) + 3);
        assertThat(troops.get("test")).isBetween((int) (total * 0.2) - 3, (int) (total * 0.2) + 3);
    }

    @Test
    void the_same_input_and_seed_give_the_same_plan_and_another_seed_another() {
        var articles = corpus(200, 4);
        var first = SplitPlanner.plan(articles, new int[] {80, 10, 10}, 42);
        var reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        assertThat(SplitPlanner.plan(reversed, new int[] {80, 10, 10}, 42)).isEqualTo(first);
        assertThat(SplitPlanner.plan(articles, new int[] {80, 10, 10}, 43)).isNotEqualTo(first);
    }

    @Test
    void a_zero_ratio_leaves_its_split_empty() {
        var plan = SplitPlanner.plan(corpus(50, 5), new int[] {100, 0, 0}, 1);
        assertThat(plan.values()).containsOnly("train");
    }

    @Test
    void a_grown_corpus_keeps_every_earlier_split_and_still_spreads_the_new_articles() {
        var earlier = corpus(200, 6);
        var ratios = new int[] {60, 20, 20};
        var first = SplitPlanner.plan(earlier, ratios, 42);
        var grown = new ArrayList<>(earlier);
        for (var article : corpus(100, 7)) {
            // New articles, many with the rare label, as a later batch of approvals may bring.
            var labels = new HashMap<>(article.labelCounts());
            labels.put("troop_claim", 2);
            grown.add(new ArticleStats(article.articleId() + 10_000, article.sentences(), labels));
        }

        var fresh = SplitPlanner.plan(grown, ratios, 42);
        var kept = SplitPlanner.plan(grown, ratios, 42, first);

        assertThat(earlier.stream().filter(a -> !fresh.get(a.articleId()).equals(first.get(a.articleId()))))
                .as("planning afresh would move earlier articles (what keeping splits prevents)")
                .isNotEmpty();
        earlier.forEach(a -> assertThat(kept.get(a.articleId())).isEqualTo(first.get(a.articleId())));
        var newTroops = new HashMap<String, Integer>();
        grown.subList(200, 300).forEach(a -> newTroops.merge(kept.get(a.articleId()), 1, Integer::sum));
        assertThat(newTroops.keySet()).containsExactlyInAnyOrder("train", "validation", "test");
        assertThat(SplitPlanner.plan(grown, ratios, 42, first)).isEqualTo(kept);
    }
}
