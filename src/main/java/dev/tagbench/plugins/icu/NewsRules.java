package dev.tagbench.plugins.icu;

import com.ibm.icu.text.BreakIterator;
import dev.tagbench.ingest.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns ICU's sentence boundaries for one block into news sentences: adds the boundaries ICU misses
 * (line ends, inline list items, sentences glued without a space) and removes the ones it gets wrong
 * (after titles, initials, {@code U.S.}, inside links, before {@code she said}).
 */
final class NewsRules {

    private NewsRules() {
    }

    /** A soft boundary may be undone by the merge rules; a firm one only joins a lone marker or stray punctuation. */
    private enum Kind { SOFT, FIRM }

    private static final String CLOSERS = "\"'”’»)]}";
    private static final String OPENERS = "\"'“‘«([{";

    /** A word's period followed by a spaced ellipsis: the word ended the sentence and the ellipsis opens the next. */
    private static final Pattern PERIOD_THEN_ELLIPSIS = Pattern.compile("[\\p{L}\\p{N}]\\.(?: \\.){3}$");

    /** Sentences written without a space between them: {@code Hello world.Today is Tuesday.} */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}])\\.(?=\\p{Lu}\\p{Ll})");

    /** ICU does not treat U+2026 as terminal; it is, when it follows a word and precedes a capital. */
    private static final Pattern ELLIPSIS_END =
            Pattern.compile("(?<=[\\p{L}\\p{N}])…[\"”’']?\\s+(?=[\"“‘']?\\p{Lu})");

    /** An ellipsis in square brackets marks an omission, never a sentence end. */
    private static final Pattern BRACKETED_ELLIPSIS = Pattern.compile("\\[(?:\\.\\.\\.|…|\\. \\. \\.)][\"”’']*$");

    /** A short parenthetical with no sentence inside, such as a citation: {@code (Smith 55).} */
    private static final Pattern CITATION = Pattern.compile("\\([^().!?]{1,60}\\)[.!?]?[\"”’']?");

    private static final Pattern DASH_ATTRIBUTION = Pattern.compile("^[-–—]\\s");

    /** Sentences of {@code block} as spans relative to it, trimmed and non-empty. */
    static List<TextSpan> sentences(String block, LineBreaks.Prepared prepared, BreakIterator icu) {
        var bounds = boundaries(block, prepared, icu);
        var pieces = new ArrayList<TextSpan>();
        int start = 0;
        var positions = new ArrayList<>(bounds.keySet());
        positions.add(block.length());
        for (int i = 0; i < positions.size(); i++) {
            int end = positions.get(i);
            if (i + 1 < positions.size()) {
                // Decide whether the boundary at `end` stays, looking at the sentence so far and the next piece.
                var next = block.substring(end, positions.get(i + 1));
                if (joins(block.substring(start, end), next, bounds.get(end))) {
                    continue;
                }
            }
            pieces.add(new TextSpan(start, end));
            start = end;
        }
        return cleanUp(block, pieces);
    }

    private static TreeMap<Integer, Kind> boundaries(String block, LineBreaks.Prepared prepared, BreakIterator icu) {
        int length = block.length();
        var links = Links.find(block);
        var bounds = new TreeMap<Integer, Kind>();
        icu.setText(prepared.icuText());
        for (int b = icu.next(); b != BreakIterator.DONE && b < length; b = icu.next()) {
            if (!Links.inside(links, b)) {
                int moved = beforeSpacedEllipsis(block, afterClosers(block, b));
                if (moved > 0 && moved < length) {
                    bounds.put(moved, Kind.SOFT);
                }
            }
        }
        var ellipsis = ELLIPSIS_END.matcher(block);
        while (ellipsis.find()) {
            bounds.putIfAbsent(ellipsis.end(), Kind.SOFT);
        }
        for (int hard : prepared.hard()) {
            if (hard < length) {
                bounds.put(hard, Kind.FIRM);
            }
        }
        for (int item : ListMarkers.inlineItemStarts(block)) {
            if (item > 0 && !Links.inside(links, item)) {
                bounds.put(item, Kind.FIRM);
            }
        }
        var glued = GLUED.matcher(block);
        while (glued.find()) {
            if (!Links.inside(links, glued.end())) {
                bounds.put(glued.end(), Kind.FIRM);
            }
        }
        bounds.keySet().removeIf(b -> b <= 0 || b >= length);
        return bounds;
    }

    /** Closing quotes and brackets belong to the sentence they close, not to the next one. */
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

    /** {@code compounds. . . . The practice}: the sentence ends at the word's period. */
    private static int beforeSpacedEllipsis(String block, int boundary) {
        var before = IcuNewsSegmenter.trim(block.substring(0, boundary));
        var m = PERIOD_THEN_ELLIPSIS.matcher(before);
        if (!m.find()) {
            return boundary;
        }
        int i = block.indexOf('.', m.start());
        do {
            i++;
        } while (Character.isWhitespace(block.charAt(i)));
        return i;
    }

    /** Whether the boundary between {@code before} (the sentence so far) and {@code after} should go. */
    private static boolean joins(String before, String after, Kind kind) {
        var a = IcuNewsSegmenter.trim(before);
        var b = IcuNewsSegmenter.trim(after);
        if (a.isEmpty() || b.isEmpty() || ListMarkers.isLoneMarker(a)) {
            return true;
        }
        if (punctuationOnly(b) && !ListMarkers.isLoneMarker(b)) {
            return true;
        }
        if (kind == Kind.FIRM) {
            return false;
        }
        return startsLowerCase(b)
                || DASH_ATTRIBUTION.matcher(b).find()
                || closesParenthesis(a, b)
                || CITATION.matcher(b).matches()
                || BRACKETED_ELLIPSIS.matcher(a).find()
                || endsWithSpacedEllipsis(a)
                || AbbreviationRule.joins(a, b);
    }

    /**
     * A piece starting with a lower-case word continues the sentence ({@code 'Stop!' she said.}), unless
     * the word is a camel-cased name such as {@code iPhone} or {@code eBay}.
     */
    private static boolean startsLowerCase(String b) {
        int i = 0;
        while (i < b.length() && OPENERS.indexOf(b.charAt(i)) >= 0) {
            i++;
        }
        if (i >= b.length() || !Character.isLowerCase(b.codePointAt(i))) {
            return false;
        }
        int end = i;
        while (end < b.length() && Character.isLetter(b.charAt(end))) {
            end++;
        }
        return b.substring(i, end).chars().noneMatch(Character::isUpperCase);
    }

    /** An opening parenthesis of {@code a} is closed in {@code b}: a sentence inside parentheses. */
    private static boolean closesParenthesis(String a, String b) {
        int depth = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0 && b.indexOf(')') >= 0;
    }

    /**
     * {@code the thing is . . . I didn't mean it}: a three-dot ellipsis set off by a space marks an
     * omission. Four dots include a period, and an ellipsis glued to its word ({@code that...}) is left to ICU.
     */
    private static boolean endsWithSpacedEllipsis(String a) {
        int dots = 0;
        int i = a.length();
        while (i > 0) {
            char c = a.charAt(i - 1);
            if (c == '.') {
                dots++;
            } else if (c == '…') {
                dots += 3;
            } else if (c != ' ' || i < 2 || (a.charAt(i - 2) != '.' && a.charAt(i - 2) != '…')) {
                break;
            }
            i--;
        }
        return dots == 3 && i > 0 && Character.isWhitespace(a.charAt(i - 1));
    }

    static boolean punctuationOnly(String s) {
        return s.codePoints().allMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.FORMAT -> true;
            default -> IcuNewsSegmenter.isSpace(cp);
        });
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
            boolean stray = punctuationOnly(text)
                    || (ListMarkers.isLoneMarker(text) && text.chars().anyMatch(Character::isDigit));
            if (stray && !sentences.isEmpty()) {
                var last = sentences.removeLast();
                sentences.add(new TextSpan(last.start(), span.end()));
            } else if (!punctuationOnly(text)) {
                sentences.add(span);
            }
        }
        return sentences;
    }
}
