package dev.tagbench.plugins.webdebris;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the text: {@code [start, end)} without its terminator, and {@code [from, to)} the
 * same without surrounding whitespace. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
record Line(int start, int end, int from, int to) {

    boolean isBlank() {
        return from == to;
    }

    String content(String text) {
        return text.substring(from, to);
    }

    static List<Line> split(String text) {
        var lines = new ArrayList<Line>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int from = start;
            int to = end;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(text.charAt(to - 1))) {
                to--;
            }
            lines.add(new Line(start, end, from, to));
            start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                    ? end + 2
                    : end + 1;
        }
        return lines;
    }

    /** Whitespace for trimming: Java whitespace, no-break spaces, BOM and zero-width spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B' || c == '\u2060';
    }
}
