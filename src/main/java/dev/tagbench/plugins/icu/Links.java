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

    private Links() {
    }

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"“”‘’]+");

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    /** Characters that end a sentence or close a quote rather than belong to the link before them. */
    private static final String TRAILING = ".,;:!?'\"’”)]}";

    /** The links in {@code text}, without the punctuation that follows them. */
    static List<TextSpan> find(String text) {
        var spans = new ArrayList<TextSpan>();
        for (var pattern : List.of(URL, EMAIL)) {
            var m = pattern.matcher(text);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                        && !closesInside(text, m.start(), end)) {
                    end--;
                }
                spans.add(new TextSpan(m.start(), end));
            }
        }
        return spans;
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
        return link.chars().filter(c -> c == '(').count() >= link.chars().filter(c -> c == ')').count();
    }
}
