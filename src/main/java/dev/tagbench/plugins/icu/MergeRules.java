package dev.tagbench.plugins.icu;

import java.util.regex.Pattern;

/** When a sentence end proposed by ICU (or by {@link SplitRules}) is not one after all. */
final class MergeRules {

    private MergeRules() {}

    private static final String OPENERS = "\"'“‘«([{";

    /** An ellipsis in square brackets marks an omission, never a sentence end. */
    private static final Pattern BRACKETED_ELLIPSIS = Pattern.compile("\\[(?:\\.\\.\\.|…|\\. \\. \\.)][\"”’']*$");

    /** A short parenthetical with no sentence inside, such as a citation: {@code (Smith 55).} */
    private static final Pattern CITATION = Pattern.compile("\\([^().!?]{1,60}\\)[.!?]?[\"”’']?");

    /** {@code ... return to Ukraine. - Kamikawa said.} */
    private static final Pattern DASH_ATTRIBUTION = Pattern.compile("^[-–—]\\s");

    /**
     * Whether the boundary between {@code before} (the sentence so far) and {@code after} (the next piece)
     * goes. A firm boundary (a line end, a list item) only goes to keep a lone bullet or enumerator with its
     * item, or stray punctuation with its sentence.
     */
    static boolean joins(String before, String after, boolean firm) {
        var a = IcuNewsSegmenter.trim(before);
        var b = IcuNewsSegmenter.trim(after);
        if (a.isEmpty() || b.isEmpty() || ListMarkers.isLoneMarker(a)) {
            return true;
        }
        if (punctuationOnly(b) && !ListMarkers.isLoneMarker(b)) {
            return true;
        }
        if (firm) {
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

    /** Only punctuation, symbols and spaces: never a sentence of its own. */
    static boolean punctuationOnly(String s) {
        return s.codePoints().allMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL,
                    Character.FORMAT -> true;
            default -> IcuNewsSegmenter.isSpace(cp);
        });
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
}
