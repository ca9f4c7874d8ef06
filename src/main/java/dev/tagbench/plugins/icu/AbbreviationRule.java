package dev.tagbench.plugins.icu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a sentence that ends in an abbreviation or an initial really ends there, judged from the
 * abbreviation and the word after it. A capitalised word that is not a typical sentence starter is
 * read as part of a name: {@code the U.S. Government} stays together, {@code the U.S. How about you?}
 * does not.
 */
final class AbbreviationRule {

    private AbbreviationRule() {}

    private static final String OPENERS = "\"'“‘«([{";

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    /** A word abbreviated with a period, then the word after it. */
    private static final Pattern ABBREVIATION_THEN_WORD = Pattern.compile("(?<![\\p{L}.])(\\p{L}+)\\.\\s+(?=\\S)");

    /**
     * @param a the sentence so far, trimmed
     * @param b the next piece, trimmed
     */
    static boolean joins(String a, String b) {
        if (!a.endsWith(".")) {
            return false;
        }
        int tokenStart = a.lastIndexOf(' ') + 1;
        while (tokenStart < a.length() && OPENERS.indexOf(a.charAt(tokenStart)) >= 0) {
            tokenStart++;
        }
        var token = a.substring(tokenStart);
        var word = token.substring(0, token.length() - 1);
        if (word.isEmpty()) {
            return false;
        }
        var next = Next.of(b);

        if (Abbreviations.neverFinal(word) || Abbreviations.alwaysBeforeNames(word)) {
            return true;
        }
        if (Abbreviations.beforeNames(word)) {
            return next.name() || next.number() || Abbreviations.beforeNames(next.word());
        }
        if (Abbreviations.month(word) || Abbreviations.beforeNumbers(word)) {
            return next.number();
        }
        if (Abbreviations.timeSuffix(word)) {
            return frontedTime(a) || next.name() || next.number();
        }
        if (Abbreviations.dotted(token)) {
            return next.name();
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return initialOfName(a.substring(0, tokenStart).strip()) && (next.initial() || next.name());
        }
        return false;
    }

    /**
     * Offsets where a sentence starts after an abbreviation that ICU suppresses but that ends a sentence
     * here because a sentence starter follows: {@code It closes in Dec. The next one opens in Jan.}
     */
    static List<Integer> suppressedEnds(String block) {
        var ends = new ArrayList<Integer>();
        var m = ABBREVIATION_THEN_WORD.matcher(block);
        while (m.find()) {
            var next = Next.of(block.substring(m.end(), Math.min(block.length(), m.end() + 40)));
            if (Abbreviations.oftenFinal(m.group(1))
                    && !next.word().isEmpty()
                    && Abbreviations.sentenceStarter(next.word())) {
                ends.add(m.end());
            }
        }
        return ends;
    }

    /** {@code At 5 a.m.}: a short opening time phrase, never a sentence of its own. */
    private static boolean frontedTime(String a) {
        var words = a.split("\\s+");
        return words.length <= 5 && Abbreviations.timePreposition(words[0]);
    }

    /**
     * An initial follows a capitalised name or another initial, or opens the sentence:
     * {@code Albert I. Jones}, {@code J. R. R. Tolkien}, but not {@code you and I.}.
     */
    private static boolean initialOfName(String before) {
        if (before.isEmpty()) {
            return true;
        }
        var previous = before.substring(before.lastIndexOf(' ') + 1);
        if (INITIAL.matcher(previous).matches()) {
            return true;
        }
        return !previous.isEmpty()
                && Character.isUpperCase(previous.codePointAt(0))
                && previous.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-');
    }

    /** The start of the next piece: its first word and what kind of word it is. */
    private record Next(String word, boolean name, boolean number, boolean initial) {

        static Next of(String b) {
            int i = 0;
            while (i < b.length() && OPENERS.indexOf(b.charAt(i)) >= 0) {
                i++;
            }
            int end = i;
            while (end < b.length()
                    && (Character.isLetter(b.charAt(end)) || b.charAt(end) == '\'' || b.charAt(end) == '’')) {
                end++;
            }
            var word = b.substring(i, end);
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            boolean number = i < b.length()
                    && (Character.isDigit(b.charAt(i))
                            || (b.charAt(i) == '$' && i + 1 < b.length() && Character.isDigit(b.charAt(i + 1))));
            boolean initial = word.length() == 1 && capitalised && end < b.length() && b.charAt(end) == '.';
            return new Next(word, capitalised && !Abbreviations.sentenceStarter(word), number, initial);
        }
    }
}
