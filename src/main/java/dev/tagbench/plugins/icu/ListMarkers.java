package dev.tagbench.plugins.icu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bullets and enumerators ({@code •}, {@code 1.}, {@code 2.)}, {@code a)}, {@code (iv)}): where a list
 * item starts, and which segments are nothing but a marker.
 */
final class ListMarkers {

    private ListMarkers() {}

    /** Characters that mark a list item inline as well as at the start of a line. */
    private static final String INLINE_BULLETS = "•‣⁃◦▪";

    /** A bullet (incl. dashes and {@code *}) followed by a space, or glued to an enumerator: {@code ⁃9.}. */
    private static final String BULLET = "[•·‣⁃◦▪▫■□●○*+\\-–—](?:\\s|(?=\\d{1,3}[.)]))";

    private static final String ENUMERATOR =
            "(?:\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxlc]{2,6})(?:\\.\\)|[.)])|\\((?:\\d{1,3}|[a-zA-Z]|[ivxlc]{2,6})\\))";

    private static final Pattern LINE_START = Pattern.compile("^\\s*(?:" + BULLET + "|" + ENUMERATOR + "\\s)");

    private static final Pattern LONE_MARKER = Pattern.compile("(?:[•·‣⁃◦▪▫■□●○*+\\-–—]\\s*)?" + ENUMERATOR + "?");

    /**
     * An enumerator inside running text: a number or a lower-case letter, followed by {@code .}, {@code )}
     * or {@code .)}, or wrapped in parentheses, and then by a space and more text.
     */
    private static final Pattern INLINE_ENUMERATOR = Pattern.compile(
            "(?<=^|[\\s" + INLINE_BULLETS + "])(?:(?<num>\\d{1,3})|(?<let>[a-z]))(?<punct>\\.\\)|[.)])(?=\\s+\\S)"
                    + "|(?<=^|[\\s" + INLINE_BULLETS + "])\\((?:(?<pnum>\\d{1,3})|(?<plet>[a-z]))\\)(?=\\s+\\S)");

    /** Whether a line opens with a bullet or an enumerator, which makes the line break before it hard. */
    static boolean startsLine(CharSequence line) {
        return LINE_START.matcher(line).find();
    }

    /** Whether a trimmed segment is only a bullet and/or an enumerator, which never stands alone. */
    static boolean isLoneMarker(String trimmed) {
        return !trimmed.isEmpty() && LONE_MARKER.matcher(trimmed).matches();
    }

    /**
     * Offsets where an item of an inline list starts, for lists ICU runs together or splits after the
     * enumerator: {@code 1) The first item 2) The second item}, {@code a. one b. two c. three},
     * {@code • 9. The first item • 10. The second item}. The first item must open the text, a line or
     * follow terminal punctuation or a colon; each later item must continue its numbering.
     */
    static List<Integer> inlineItemStarts(String text) {
        var starts = new ArrayList<Integer>();
        bulletItems(text, starts);
        enumeratedItems(text, starts);
        return starts;
    }

    /** A text that opens with an inline bullet is split before each later use of the same bullet. */
    private static void bulletItems(String text, List<Integer> starts) {
        int first = skipSpaces(text, 0);
        if (first >= text.length() || INLINE_BULLETS.indexOf(text.charAt(first)) < 0) {
            return;
        }
        char bullet = text.charAt(first);
        for (int i = text.indexOf(bullet, first + 1); i > 0; i = text.indexOf(bullet, i + 1)) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                starts.add(i);
            }
        }
    }

    private record Item(String style, int ordinal, int start) {}

    private static void enumeratedItems(String text, List<Integer> starts) {
        Matcher m = INLINE_ENUMERATOR.matcher(text);
        var previous = new ArrayList<Item>();
        while (m.find()) {
            var item = item(m, itemStart(text, m.start()));
            boolean continues = previous.stream()
                    .anyMatch(p -> p.style().equals(item.style()) && p.ordinal() + 1 == item.ordinal());
            if (continues) {
                // The list is confirmed: its first item starts a sentence too (after "Steps:", say).
                previous.stream().filter(p -> p.style().equals(item.style())).forEach(p -> starts.add(p.start()));
                starts.add(item.start());
                previous.removeIf(p -> p.style().equals(item.style()));
                previous.add(item);
            } else if (opensItem(text, item.start()) && (item.style().startsWith("n") || item.ordinal() == 1)) {
                previous.removeIf(p -> p.style().equals(item.style()));
                previous.add(item);
            }
        }
    }

    private static Item item(Matcher m, int start) {
        if (m.group("num") != null) {
            return new Item("n" + m.group("punct"), Integer.parseInt(m.group("num")), start);
        }
        if (m.group("let") != null) {
            return new Item("l" + m.group("punct"), m.group("let").charAt(0) - 'a' + 1, start);
        }
        if (m.group("pnum") != null) {
            return new Item("n()", Integer.parseInt(m.group("pnum")), start);
        }
        return new Item("l()", m.group("plet").charAt(0) - 'a' + 1, start);
    }

    /** An item starts at its bullet when the enumerator has one: {@code • 10.} or {@code ⁃10.}. */
    private static int itemStart(String text, int enumerator) {
        int i = enumerator;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && INLINE_BULLETS.indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : enumerator;
    }

    /** Whether a list may open at {@code start}: at the start, after a newline, a colon or a sentence end. */
    private static boolean opensItem(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return true;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')') {
            c = i > 0 ? text.charAt(i - 1) : c;
        }
        return ".!?:;…".indexOf(c) >= 0;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
