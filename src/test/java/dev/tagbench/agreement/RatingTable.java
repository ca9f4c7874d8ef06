package dev.tagbench.agreement;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;

/**
 * The items that count (rated by at least two raters) and their raters, both sorted so that the
 * studies handed to DKPro, and with them its floating-point sums, do not depend on input order.
 */
record RatingTable(List<String> raters, List<RatedItem> items) {

    static RatingTable of(List<RatedItem> input) {
        var seen = new HashSet<String>();
        for (var item : input) {
            if (!seen.add(item.itemId())) {
                throw new IllegalArgumentException("item rated twice in one computation: " + item.itemId());
            }
        }
        var items = input.stream()
                .filter(item -> item.ratings().size() >= 2)
                .sorted(Comparator.comparing(RatedItem::itemId))
                .toList();
        var raters = new TreeSet<String>();
        items.forEach(item -> raters.addAll(item.ratings().keySet()));
        return new RatingTable(List.copyOf(raters), items);
    }

    /** One slot per rater; a rater who skipped an item leaves a null, which alpha tolerates. */
    CodingAnnotationStudy byRater() {
        var study = new CodingAnnotationStudy(raters.size());
        for (var item : items) {
            study.addItemAsArray(
                    raters.stream().map(rater -> item.ratings().get(rater)).toArray());
        }
        return study;
    }

    /** The items both raters rated, as a two-rater study without missing values. */
    CodingAnnotationStudy pair(String a, String b) {
        var study = new CodingAnnotationStudy(2);
        for (var item : items) {
            var first = item.ratings().get(a);
            var second = item.ratings().get(b);
            if (first != null && second != null) {
                study.addItem(first, second);
            }
        }
        return study;
    }
}
