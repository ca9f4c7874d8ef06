package dev.tagbench.plugins.icu;

import dev.tagbench.ingest.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * URLs and e-mail addresses, inside which no sentence may end. ICU breaks after a {@code ?} or {@code !}
 * even without a following space, which would cut {@code https://example.com/a?b=1!Abc} apart.
 */
final class Links {

    private Links() {}

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"“”‘’]+");

    /** The domain after an {@code @}; the local part before it is found by walking back, in linear time. */
    private static final Pattern EMAIL_DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)+");

    /** Characters that end a sentence or close a quote rather than belong to the link before them. */
    private static final String TRAILING = ".,;:!?'\"’”)]}";

    /** The links in {@code text}, without the punctuation that follows them. */
    static List<TextSpan> find(String text) {
        var spans = new ArrayList<TextSpan>();
        var url = URL.matcher(text);
        while (url.find()) {
            spans.add(new TextSpan(url.start(), trimTrailing(text, url.start(), url.end())));
        }
        // A regex for whole addresses backtracks quadratically on long runs of letters, so anchor on '@'.
        var domain = EMAIL_DOMAIN.matcher(text);
        for (var at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            var start = at;
            while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            if (start < at && domain.region(at + 1, text.length()).lookingAt()) {
                spans.add(new TextSpan(start, trimTrailing(text, start, domain.end())));
            }
        }
        return spans;
    }

    private static boolean isLocalPartChar(char c) {
        return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }

    private static int trimTrailing(String text, int start, int end) {
        while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0 && !closesInside(text, start, end)) {
            end--;
        }
        return end;
    }

    /** Whether {@code offset} lies strictly inside one of {@code spans}. */
    static boolean inside(List<TextSpan> spans, int offset) {
        return spans.stream().anyMatch(s -> offset > s.start() && offset < s.end());
    }

    /** A closing parenthesis is part of the link when the link also opened it (Wikipedia-style URLs). */
    private static boolean closesInside(String text, int start, int end) {
        if (text.charAt(end - 1) != ')') {
            return false;
        }
        var link = text.substring(start, end);
        return link.chars().filter(c -> c == '(').count()
                >= link.chars().filter(c -> c == ')').count();
    }
}
