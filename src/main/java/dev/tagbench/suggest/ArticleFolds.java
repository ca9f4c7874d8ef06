package dev.tagbench.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Random;

/**
 * Splits examples into folds by article: all sentences of an article land in one fold, so a model is
 * never judged on sentences whose neighbours it learned from. The same articles always give the
 * same folds.
 */
public final class ArticleFolds {

    private ArticleFolds() {}

    /**
     * The fold (0 to {@code k - 1}) of each example. Articles are shuffled with a fixed seed, then
     * each goes to the fold with the fewest sentences so far. With fewer articles than folds, the
     * examples themselves are dealt out instead, so small data still gets folds.
     *
     * @param articleIds the article of each example
     */
    public static int[] assign(long[] articleIds, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("At least 2 folds, not " + k);
        }
        var sizes = new LinkedHashMap<Long, Integer>();
        for (var id : articleIds) {
            sizes.merge(id, 1, Integer::sum);
        }
        var folds = new int[articleIds.length];
        if (sizes.size() < k) {
            for (var i = 0; i < folds.length; i++) {
                folds[i] = i % k;
            }
            return folds;
        }
        var articles = new ArrayList<>(sizes.keySet());
        Collections.sort(articles);
        Collections.shuffle(articles, new Random(42));
        var load = new int[k];
        var foldOf = new LinkedHashMap<Long, Integer>();
        for (var article : articles) {
            var lightest = 0;
            for (var f = 1; f < k; f++) {
                if (load[f] < load[lightest]) {
                    lightest = f;
                }
            }
            foldOf.put(article, lightest);
            load[lightest] += sizes.get(article);
        }
        for (var i = 0; i < folds.length; i++) {
            folds[i] = foldOf.get(articleIds[i]);
        }
        return folds;
    }

    /** How many folds to use for n articles: up to {@code max}, at least 2. */
    public static int count(long[] articleIds, int max) {
        var distinct = Arrays.stream(articleIds).distinct().count();
        return (int) Math.clamp(distinct, 2, max);
    }
}
