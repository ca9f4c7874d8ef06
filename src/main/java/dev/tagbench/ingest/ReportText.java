package dev.tagbench.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Keeps what an import report says short, whatever the file holds. Reports echo names and values
 * from the file (a column name, a JSON field, a declared encoding) and a hostile file can make those
 * megabytes long; a report must stay readable and small. Importers use {@link #quote} and
 * {@link #list} for anything they take from the file; the report itself {@link #bound bounds}
 * every message as a last line of defence.
 */
public final class ReportText {

    /** Characters of one value from the file that a message quotes. */
    public static final int MAX_QUOTED = 80;

    /** Items of a list from the file that a message names before saying how many more there are. */
    public static final int MAX_LISTED = 10;

    /** Characters of one message of a report. */
    public static final int MAX_MESSAGE = 1_000;

    /** Characters of a file name in a report (a ZIP entry's name may be 64 KB long). */
    static final int MAX_FILE_NAME = 200;

    private ReportText() {}

    /** A value from the file as a message shows it: at most {@link #MAX_QUOTED} characters. */
    public static String quote(String value) {
        return cut(value, MAX_QUOTED);
    }

    /**
     * Values from the file as a message lists them: the first {@link #MAX_LISTED}, each
     * {@linkplain #quote quoted}, and how many more there are ("a, b, c and 999,990 more").
     */
    public static String list(List<String> values) {
        var shown = values.stream().limit(MAX_LISTED).map(ReportText::quote).toList();
        var listed = String.join(", ", shown);
        var more = values.size() - shown.size();
        return more == 0 ? listed : listed + " and " + count(more) + " more";
    }

    /** A message cut to {@link #MAX_MESSAGE} characters, saying how much was left out. */
    public static String bound(String message) {
        if (message.length() <= MAX_MESSAGE) {
            return message;
        }
        var kept = cutPoint(message, MAX_MESSAGE - 40);
        return message.substring(0, kept) + "… (" + count(message.length() - kept) + " more characters)";
    }

    /** A number as people read it: 999,990. */
    public static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** A file name shortened in the middle, so both the archive and the extension stay visible. */
    static String fileName(String name) {
        if (name.length() <= MAX_FILE_NAME) {
            return name;
        }
        var head = cutPoint(name, MAX_FILE_NAME / 2);
        var tail = name.length() - (MAX_FILE_NAME / 2 - 1);
        if (Character.isLowSurrogate(name.charAt(tail))) {
            tail++;
        }
        return name.substring(0, head) + "…" + name.substring(tail);
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, cutPoint(value, length - 1)) + "…";
    }

    /** {@code length}, or one less where that would split a surrogate pair. */
    private static int cutPoint(String value, int length) {
        return Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
    }
}
