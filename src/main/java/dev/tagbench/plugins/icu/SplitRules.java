package dev.tagbench.plugins.icu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Sentence ends that ICU misses or puts in the wrong place. */
final class SplitRules {

    private SplitRules() {}

    private static final String CLOSERS = "\"'”’»)]}";

    /** A word's period and then a spaced ellipsis: the word ended the sentence and the ellipsis opens the next. */
    private static final Pattern PERIOD_THEN_ELLIPSIS = Pattern.compile("[\\p{L}\\p{N}]\\.(?: \\.){3}");

    /** Sentences written without a space between them: {@code Hello world.Today is Tuesday.} */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}])\\.(?=\\p{Lu}\\p{Ll})");

    /** ICU never breaks before a lower-case letter, so misses {@code Apple grew. iPhone sales rose.} */
    private static final Pattern BEFORE_CAMEL_CASE =
            Pattern.compile("(?<=[\\p{L}\\p{N}]{2}[.!?][\"”’']?)\\s+(?=\\p{Ll}+\\p{Lu})");

    /**
     * ICU never breaks before a number followed by a word ({@code born in 1990. 2000 was a good year.});
     * the merge rules then undo the ones after {@code No.}, {@code pp.} or {@code Feb.}.
     */
    private static final Pattern BEFORE_NUMBER =
            Pattern.compile("(?<=[\\p{L}\\p{N}]{2}[.!?][\"”’']?)\\s+(?=\\p{N}[\\p{N},]*(?:\\.\\p{N}+)?%?\\s+\\p{L})");

    /** ICU does not treat U+2026 as terminal; it is, when it follows a word and precedes a capital. */
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?<=[\\p{L}\\p{N}])…[\"”’']?\\s+(?=[\"“‘']?\\p{Lu})");

    /**
     * Moves one of ICU's boundaries to where the sentence really ends: after closing quotes and brackets
     * (they belong to the sentence they close), and before the ellipsis of {@code compounds. . . . The}.
     */
    static int shift(String block, int boundary) {
        return beforeSpacedEllipsis(block, afterClosers(block, boundary));
    }

    /** Likely sentence starts that the merge rules may still undo. */
    static List<Integer> soft(String block) {
        var starts = new ArrayList<Integer>();
        for (var pattern : List.of(ELLIPSIS_END, BEFORE_CAMEL_CASE, BEFORE_NUMBER)) {
            var m = pattern.matcher(block);
            while (m.find()) {
                starts.add(m.end());
            }
        }
        starts.addAll(AbbreviationRule.suppressedEnds(block));
        return starts;
    }

    /** Certain sentence starts: after a period glued to the next sentence. */
    static List<Integer> firm(String block) {
        var starts = new ArrayList<Integer>();
        var m = GLUED.matcher(block);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts;
    }

    private static int afterClosers(String block, int boundary) {
        int i = boundary;
        while (i < block.length() && CLOSERS.indexOf(block.charAt(i)) >= 0) {
            i++;
        }
        if (i == boundary || (i < block.length() && !Character.isWhitespace(block.charAt(i)))) {
            return boundary;
        }
        while (i < block.length() && Character.isWhitespace(block.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int beforeSpacedEllipsis(String block, int boundary) {
        int end = boundary;
        while (end > 0 && IcuNewsSegmenter.isSpace(block.charAt(end - 1))) {
            end--;
        }
        int start = end - "s. . . .".length();
        if (start < 0
                || !PERIOD_THEN_ELLIPSIS.matcher(block.substring(start, end)).matches()) {
            return boundary;
        }
        return start + 3;
    }
}
