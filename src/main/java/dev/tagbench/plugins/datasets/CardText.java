package dev.tagbench.plugins.datasets;

import java.util.regex.Pattern;

/**
 * Makes text people typed (project and label names, descriptions) safe to put in the dataset card:
 * it must stay one line (a line break could start a new front-matter block or Markdown section) and
 * must render as the characters typed, never as a link, an image, HTML or other markup, whichever
 * Markdown renderer shows the card (the Hub's, GitHub's, an editor's).
 */
final class CardText {

    /**
     * Words a renderer may turn into a link on its own (GitHub-flavoured "extended autolinks" and
     * their relatives): web and other URLs, {@code www.} addresses, e-mail addresses and handles.
     */
    private static final Pattern LINK_LIKE =
            Pattern.compile("\\S*(?:://|(?i:www)\\.|@|(?i:mailto|xmpp|javascript|data|vbscript):)\\S*");

    private CardText() {}

    /**
     * Markdown text on one line. Characters that start markup are escaped (link and image brackets,
     * emphasis, code, strike-through, math) and HTML is written as entities. Words that renderers
     * link by themselves go into code spans, the one Markdown construct no renderer links or parses:
     * escaping their punctuation is not enough for renderers that link after unescaping.
     */
    static String markdown(String text) {
        var line = oneLine(text);
        var out = new StringBuilder(line.length() + 16);
        var words = LINK_LIKE.matcher(line);
        var position = 0;
        while (words.find()) {
            escape(line, position, words.start(), out);
            codeSpan(words.group(), out);
            position = words.end();
        }
        escape(line, position, line.length(), out);
        return out.toString();
    }

    /**
     * A Markdown table cell: {@link #markdown} plus escaped {@code |}, which would end the cell. In a
     * table the escape counts inside code spans too, so every {@code |} is escaped.
     */
    static String cell(String text) {
        return markdown(text).replace("|", "\\|");
    }

    /** A YAML double-quoted scalar, quotes included. */
    static String yamlString(String text) {
        return '"' + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void escape(String line, int start, int end, StringBuilder out) {
        for (var i = start; i < end; i++) {
            var c = line.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // A backslash would otherwise escape whatever the card puts after it.
                case '\\', '[', ']', '*', '`', '~', '$' -> out.append('\\').append(c);
                // Inside a word (attack_report) an underscore is never emphasis; keys stay readable.
                case '_' -> out.append(insideWord(line, i) ? "_" : "\\_");
                default -> out.append(c);
            }
        }
    }

    private static boolean insideWord(String line, int i) {
        return i > 0
                && i + 1 < line.length()
                && Character.isLetterOrDigit(line.charAt(i - 1))
                && Character.isLetterOrDigit(line.charAt(i + 1));
    }

    /** A code span around {@code word}, fenced by more backticks than any run inside it. */
    private static void codeSpan(String word, StringBuilder out) {
        var longest = 0;
        var run = 0;
        for (var i = 0; i < word.length(); i++) {
            run = word.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        var fence = "`".repeat(longest + 1);
        var pad = word.startsWith("`") || word.endsWith("`") ? " " : "";
        out.append(fence).append(pad).append(word).append(pad).append(fence);
    }

    // Control characters and Unicode line/paragraph separators all count as line breaks somewhere.
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
