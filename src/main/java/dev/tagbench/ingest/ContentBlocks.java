package dev.tagbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The regions of a text that carry content: what no removal covers, cut into paragraphs at blank lines. */
final class ContentBlocks {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h\\x{00A0}]*\\R");

    private ContentBlocks() {}

    static List<TextSpan> of(String text, List<TextSpan> removed) {
        var blocks = new ArrayList<TextSpan>();
        var position = 0;
        for (var span : merge(removed)) {
            if (span.start() > position) {
                addParagraphs(text, position, span.start(), blocks);
            }
            position = Math.max(position, span.end());
        }
        if (position < text.length()) {
            addParagraphs(text, position, text.length(), blocks);
        }
        return blocks;
    }

    private static List<TextSpan> merge(List<TextSpan> spans) {
        var sorted = spans.stream().sorted().toList();
        var merged = new ArrayList<TextSpan>();
        for (var span : sorted) {
            var last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static void addParagraphs(String text, int start, int end, List<TextSpan> blocks) {
        var matcher = BLANK_LINE.matcher(text).region(start, end);
        var from = start;
        while (matcher.find()) {
            addTrimmed(text, from, matcher.start(), blocks);
            from = matcher.end();
        }
        addTrimmed(text, from, end, blocks);
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> blocks) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            blocks.add(new TextSpan(start, end));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\uFEFF';
    }
}
