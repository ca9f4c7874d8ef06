package dev.tagbench.agreement;

import java.util.Map;

/**
 * One item (a sentence) and what each rater (curator username) chose for it: a category per rater,
 * {@link Boolean} for yes/no labels. Categories are compared with {@code equals}, so use one type per
 * coding. A rater who did not rate the item is simply absent from the map.
 */
public record RatedItem(String itemId, Map<String, Object> ratings) {

    public RatedItem {
        ratings = Map.copyOf(ratings);
    }
}
