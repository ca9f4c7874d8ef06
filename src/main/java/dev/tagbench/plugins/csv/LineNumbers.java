package dev.tagbench.plugins.csv;

/**
 * Finds the 1-based line on which a record starts in the decoded file (LF, CR LF and CR each end a
 * line). Positions are asked for in increasing order, so the text is walked once.
 */
final class LineNumbers {

    private final String text;
    private int position;
    private int line = 1;

    LineNumbers(String text) {
        this.text = text;
    }

    /**
     * The line of the record at {@code characterPosition}. Commons CSV gives the position before the
     * empty lines it skipped, and a record never starts with a line break, so those are stepped over.
     */
    int lineAt(long characterPosition) {
        var target = (int) Math.min(characterPosition, text.length());
        while (position < target || position < text.length() && isLineBreak(text.charAt(position))) {
            var c = text.charAt(position);
            if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                line++;
            }
            position++;
        }
        return line;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
