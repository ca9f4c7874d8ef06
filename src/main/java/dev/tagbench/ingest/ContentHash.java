package dev.tagbench.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of an article's text after normalising what does not change its content (Unicode
 * form, line endings, trailing spaces), so re-importing the same article is recognised.
 */
final class ContentHash {

    private static final Pattern LINE_END = Pattern.compile("[\\h\\x{00A0}]*(\\r\\n|\\r|\\n)");

    private ContentHash() {}

    static String of(String text) {
        var normalized = LINE_END.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("\n")
                .strip();
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
