package dev.tagbench.ingest;

import java.text.Normalizer;
import java.util.List;

/**
 * The text of a sentence as curators read it and datasets contain it: the exact substring without
 * invisible characters, in Unicode NFC, with every run of whitespace (line breaks, tabs, no-break
 * and other odd spaces) as one space.
 */
public final class CleanText {

    private CleanText() {}

    /**
     * @param invisible regions of {@code text} to leave out, in text order; others may be given too
     */
    public static String of(String text, TextSpan sentence, List<TextSpan> invisible) {
        var kept = new StringBuilder(sentence.length());
        var position = sentence.start();
        for (var span : invisible) {
            if (span.end() <= position || span.start() >= sentence.end()) {
                continue;
            }
            kept.append(text, position, Math.max(position, span.start()));
            position = Math.min(sentence.end(), Math.max(position, span.end()));
        }
        kept.append(text, position, sentence.end());
        var normalized = Normalizer.normalize(kept, Normalizer.Form.NFC);
        var out = new StringBuilder(normalized.length());
        var pendingSpace = false;
        for (var i = 0; i < normalized.length(); i++) {
            var c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
