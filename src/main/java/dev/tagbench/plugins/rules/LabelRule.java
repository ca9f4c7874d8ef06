package dev.tagbench.plugins.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keywords and regular expressions that suggest one label. Patterns are RE2 syntax, matched by
 * RE2/J in time linear in the sentence's length whatever the pattern, so no pattern a manager
 * writes can hang a thread (no backtracking, hence no back-references or look-arounds).
 * Matching ignores case; keywords match whole words.
 */
record LabelRule(String label, List<String> keywords, List<String> patterns, double score, List<Pattern> compiled) {

    static final int MAX_TERM_LENGTH = 300;

    /** Letters or digits on either side would make a keyword part of a longer word. */
    private static final String EDGE_BEFORE = "(?:^|[^\\p{L}\\p{N}])";

    private static final String EDGE_AFTER = "(?:$|[^\\p{L}\\p{N}])";

    static LabelRule of(String label, List<String> keywords, List<String> patterns, double score) {
        var compiled = new ArrayList<Pattern>();
        var words =
                keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        for (var term : words) {
            requireLength(label, term);
        }
        if (!words.isEmpty()) {
            compiled.add(Pattern.compile(
                    EDGE_BEFORE + "(" + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
                            + EDGE_AFTER,
                    Pattern.CASE_INSENSITIVE));
        }
        for (var pattern : patterns) {
            requireLength(label, pattern);
            try {
                compiled.add(Pattern.compile("(" + pattern + ")", Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("The pattern '" + pattern + "' of label '" + label
                        + "' is not a valid RE2 regular expression: " + e.getDescription()
                        + " (look-arounds and back-references are not supported).");
            }
        }
        return new LabelRule(label, words, List.copyOf(patterns), score, List.copyOf(compiled));
    }

    /** The first matched phrase in the text, if any of the keywords or patterns match. */
    Optional<String> match(String text) {
        for (var pattern : compiled) {
            var matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static void requireLength(String label, String term) {
        if (term.isBlank() || term.length() > MAX_TERM_LENGTH) {
            throw new IllegalArgumentException(
                    "Keywords and patterns of label '" + label + "' have 1 to " + MAX_TERM_LENGTH + " characters.");
        }
    }
}
