package dev.tagbench.plugins.datasets;

/**
 * Makes project and label text safe to put in the dataset card: it must stay one line (a line break
 * could start a new front-matter block or Markdown section) and must not become HTML or a table
 * border.
 */
final class CardText {

    private CardText() {}

    /** Markdown text on one line, with HTML and Markdown escapes neutralised. */
    static String markdown(String text) {
        var line = oneLine(text);
        var escaped = new StringBuilder(line.length());
        for (var i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            switch (c) {
                // A backslash would otherwise escape whatever the card puts after it.
                case '\\' -> escaped.append("\\\\");
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A Markdown table cell: {@link #markdown} plus escaped {@code |}, which would end the cell. */
    static String cell(String text) {
        return markdown(text).replace("|", "\\|");
    }

    /** A YAML double-quoted scalar, quotes included. */
    static String yamlString(String text) {
        return '"' + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    // Control characters and Unicode line/paragraph separators all count as line breaks somewhere.
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
