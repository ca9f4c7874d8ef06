package dev.tagbench.plugins.icu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides, for each single line break inside a block, whether it ends a sentence (hard) or is a soft
 * wrap. ICU always breaks after a newline, so the soft ones are hidden from it by a copy of the block in
 * which they are spaces: same length, so offsets carry over unchanged.
 */
final class LineBreaks {

    private LineBreaks() {}

    /**
     * @param icuText the block with soft line breaks replaced by spaces
     * @param hard    offsets (just after a line break) where a sentence must end
     */
    record Prepared(String icuText, List<Integer> hard) {}

    private record Line(int start, int end, int breakEnd, String trimmed) {}

    /** Terminal punctuation at the end of a line, optionally followed by closing quotes or brackets. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…‼⁇⁈⁉][\"'”’»)\\]]*$");

    private static final Pattern ANY_TERMINAL = Pattern.compile("[.!?…‼⁇⁈⁉]");

    /** An upper-case letter or digit opens the line, possibly after an opening quote or bracket. */
    private static final Pattern STARTS_UPPER = Pattern.compile("^[\"'“‘«(\\[]?[\\p{Lu}\\p{N}]");

    static Prepared prepare(String block) {
        var lines = lines(block);
        if (lines.size() == 1) {
            return new Prepared(block, List.of());
        }
        // A block with no terminal punctuation at all is a list of lines (menu entries, tags, keywords),
        // not wrapped prose: "features\ncontact manager\nevents, activities".
        boolean listOfLines = !ANY_TERMINAL.matcher(block).find();
        int longest = lines.stream().mapToInt(l -> l.trimmed().length()).max().orElse(0);

        var icuText = new StringBuilder(block);
        var hard = new ArrayList<Integer>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            var before = lines.get(i);
            var after = lines.get(i + 1);
            if (listOfLines || isHard(before, after, longest) || block.charAt(before.end()) == '\u2029') {
                hard.add(before.breakEnd());
            } else {
                for (int j = before.end(); j < before.breakEnd(); j++) {
                    icuText.setCharAt(j, ' ');
                }
            }
        }
        return new Prepared(icuText.toString(), hard);
    }

    private static boolean isHard(Line before, Line after, int longest) {
        if (before.trimmed().isEmpty() || after.trimmed().isEmpty()) {
            return true;
        }
        if (ListMarkers.startsLine(after.trimmed())) {
            return true;
        }
        if (ENDS_SENTENCE.matcher(before.trimmed()).find()) {
            // Except a period that belongs to a name: "Mr.\nSmith", "the U.S.\nGovernment".
            return !AbbreviationRule.joins(before.trimmed(), after.trimmed());
        }
        // A capitalised line after a short one is a new paragraph, heading or caption rather than a
        // wrap: wrapped lines run to the wrap width, and a list item ends at its line.
        boolean upperNext = STARTS_UPPER.matcher(after.trimmed()).find();
        boolean shortBefore = before.trimmed().length() * 2 < longest;
        return upperNext && (shortBefore || ListMarkers.startsLine(before.trimmed()));
    }

    private static List<Line> lines(String block) {
        var lines = new ArrayList<Line>();
        int start = 0;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                int breakEnd = c == '\r' && i + 1 < block.length() && block.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new Line(start, i, breakEnd, IcuNewsSegmenter.trim(block.substring(start, i))));
                start = breakEnd;
                i = breakEnd - 1;
            }
        }
        lines.add(new Line(start, block.length(), block.length(), IcuNewsSegmenter.trim(block.substring(start))));
        return lines;
    }
}
