package dev.tagbench.article;

import java.text.Normalizer;
import java.util.List;

/**
 * The text of a sentence as curators read it and datasets contain it: the exact substring without
 * invisible characters, in Unicode NFC, with every run of whitespace (line breaks, tabs, no-break
 * and other odd spaces) as one space.
 */
public final class CleanText {

    /** The removal kind whose characters are left out of clean text. */
    public static final String INVISIBLE = "INVISIBLE";

    private CleanText() {}

    /**
     * @param removals the article's removals in text order; only {@link #INVISIBLE} ones are used
     */
    public static String of(String text, int start, int end, List<RemovedRegion> removals) {
        var kept = new StringBuilder(end - start);
        var position = start;
        for (var region : removals) {
            if (!INVISIBLE.equals(region.kind()) || region.end() <= position || region.start() >= end) {
                continue;
            }
            kept.append(text, position, Math.max(position, region.start()));
            position = Math.min(end, Math.max(position, region.end()));
        }
        kept.append(text, position, end);
        var normalized = Normalizer.normalize(kept, Normalizer.Form.NFC);
        var out = new StringBuilder(normalized.length());
        var pendingSpace = false;
        for (var i = 0; i < normalized.length(); i++) {
            var c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
