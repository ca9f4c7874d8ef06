package dev.tagbench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ArticleFoldsTest {

    @Test
    void keeps_every_article_in_one_fold_with_folds_of_similar_size_and_always_the_same() {
        var articles = new long[300];
        for (var i = 0; i < articles.length; i++) {
            articles[i] = i / (1 + i % 7);
        }
        var folds = ArticleFolds.assign(articles, 5);
        var foldOf = new HashMap<Long, Integer>();
        var sizes = new int[5];
        for (var i = 0; i < articles.length; i++) {
            assertThat(foldOf.putIfAbsent(articles[i], folds[i])).isIn(null, folds[i]);
            sizes[folds[i]]++;
        }
        for (var size : sizes) {
            assertThat(size).isBetween(40, 80);
        }
        assertThat(ArticleFolds.assign(articles, 5)).isEqualTo(folds);
    }

    @Test
    void fewer_articles_than_folds_deal_out_the_sentences() {
        var folds = ArticleFolds.assign(new long[] {1, 1, 1, 2, 2}, 3);
        assertThat(new HashSet<>(Arrays.stream(folds).boxed().toList())).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(ArticleFolds.count(new long[] {1, 1, 2, 3}, 5)).isEqualTo(3);
        assertThat(ArticleFolds.count(new long[] {1, 1}, 5)).isEqualTo(2);
    }
}
