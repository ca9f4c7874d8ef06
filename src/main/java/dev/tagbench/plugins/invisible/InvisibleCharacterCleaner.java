package dev.tagbench.plugins.invisible;

import dev.tagbench.ingest.Removal;
import dev.tagbench.ingest.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks characters that show nothing but break search, tokenisers and exact matching: soft hyphens,
 * zero-width spaces, word joiners, byte-order marks, bidirectional controls and control characters.
 * Zero-width (non-)joiners stay, because emoji and some scripts need them.
 */
public class InvisibleCharacterCleaner implements TextCleaner {

    @Override
    public String id() {
        return "invisible-characters";
    }

    @Override
    public String name() {
        return "Invisible characters (soft hyphens, zero-width spaces, controls)";
    }

    @Override
    public List<Removal> clean(String text) {
        var removals = new ArrayList<Removal>();
        var start = -1;
        for (var i = 0; i <= text.length(); i++) {
            var invisible = i < text.length() && isInvisible(text.charAt(i));
            if (invisible && start < 0) {
                start = i;
            } else if (!invisible && start >= 0) {
                removals.add(new Removal(start, i, Removal.Kind.INVISIBLE, describe(text.charAt(start))));
                start = -1;
            }
        }
        return removals;
    }

    static boolean isInvisible(char c) {
        return c == '\u00AD'
                || c == '\u200B'
                || c == '\u200E'
                || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2064'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\uFEFF'
                || c < ' ' && c != '\t' && c != '\n' && c != '\r'
                || c >= '\u007F' && c <= '\u009F';
    }

    private static String describe(char c) {
        return switch (c) {
            case '\u00AD' -> "soft hyphen";
            case '\u200B' -> "zero-width space";
            case '\uFEFF' -> "byte-order mark";
            default ->
                c < ' ' || c >= '\u007F' && c <= '\u009F' ? "control character" : "invisible formatting character";
        };
    }
}
