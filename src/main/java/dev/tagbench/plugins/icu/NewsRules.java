package dev.tagbench.plugins.icu;

import com.ibm.icu.text.BreakIterator;
import dev.tagbench.ingest.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns ICU's sentence boundaries for one block into news sentences: adds the boundaries ICU misses
 * ({@link SplitRules}, line ends, inline list items), then drops the ones that are wrong
 * ({@link MergeRules}: after titles, initials, {@code U.S.}, before {@code she said}, ...).
 */
final class NewsRules {

    private NewsRules() {}

    /** Whether a boundary is firm (a line end, a list item, a glued sentence) or may be merged away. */
    private enum Kind {
        SOFT,
        FIRM
    }

    /** Sentences of {@code block} as spans relative to it, trimmed and non-empty. */
    static List<TextSpan> sentences(String block, LineBreaks.Prepared prepared, BreakIterator icu) {
        var bounds = boundaries(block, prepared, icu);
        var positions = new ArrayList<>(bounds.keySet());
        positions.add(block.length());
        var pieces = new ArrayList<TextSpan>();
        int start = 0;
        for (int i = 0; i < positions.size(); i++) {
            int end = positions.get(i);
            // Each boundary is judged against the whole sentence so far, so merges can chain: J. + R. + R. Tolkien.
            if (i + 1 < positions.size()
                    && MergeRules.joins(
                            block.substring(start, end),
                            block.substring(end, positions.get(i + 1)),
                            bounds.get(end) == Kind.FIRM)) {
                continue;
            }
            pieces.add(new TextSpan(start, end));
            start = end;
        }
        return cleanUp(block, pieces);
    }

    private static TreeMap<Integer, Kind> boundaries(String block, LineBreaks.Prepared prepared, BreakIterator icu) {
        var links = Links.find(block);
        var bounds = new TreeMap<Integer, Kind>();
        icu.setText(prepared.icuText());
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            if (!Links.inside(links, b)) {
                bounds.put(SplitRules.shift(block, b), Kind.SOFT);
            }
        }
        for (int start : SplitRules.soft(block)) {
            if (!Links.inside(links, start)) {
                bounds.putIfAbsent(start, Kind.SOFT);
            }
        }
        var firm = new ArrayList<>(prepared.hard());
        firm.addAll(ListMarkers.inlineItemStarts(block));
        firm.addAll(SplitRules.firm(block));
        for (int start : firm) {
            if (!Links.inside(links, start)) {
                bounds.put(start, Kind.FIRM);
            }
        }
        bounds.keySet().removeIf(b -> b <= 0 || b >= block.length());
        return bounds;
    }

    /**
     * Trims the pieces and folds stray punctuation (and a trailing lone enumerator) into the sentence
     * before it; with no sentence before it, stray punctuation is dropped.
     */
    private static List<TextSpan> cleanUp(String block, List<TextSpan> pieces) {
        var sentences = new ArrayList<TextSpan>();
        for (var piece : pieces) {
            var span = IcuNewsSegmenter.trim(block, piece);
            if (span.isEmpty()) {
                continue;
            }
            var text = span.of(block);
            boolean punctuation = MergeRules.punctuationOnly(text);
            boolean loneNumber = ListMarkers.isLoneMarker(text) && text.chars().anyMatch(Character::isDigit);
            if ((punctuation || loneNumber) && !sentences.isEmpty()) {
                var last = sentences.removeLast();
                sentences.add(new TextSpan(last.start(), span.end()));
            } else if (!punctuation) {
                sentences.add(span);
            }
        }
        return sentences;
    }
}
