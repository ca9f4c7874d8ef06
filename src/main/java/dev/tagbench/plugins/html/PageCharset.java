package dev.tagbench.plugins.html;

import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportSink;
import dev.tagbench.ingest.ReportText;
import dev.tagbench.ingest.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a page's bytes. A character set declared in a {@code <meta>} tag is the author's word and
 * is used strictly: bytes that do not fit it are refused rather than turned into replacement
 * characters. Without a declaration, or with a byte-order mark, {@link TextDecoder} decides.
 */
final class PageCharset {

    /** Browsers look for the declaration near the top; the import pipeline's head is this long too. */
    private static final int PRESCAN = 4096;

    private static final Pattern CONTENT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s\"';]+)");
    // WHATWG Encoding maps these labels to windows-1252: pages labelled Latin-1 are written in it.
    private static final Set<String> WINDOWS_1252_LABELS =
            Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "ibm819");

    private PageCharset() {}

    /** Decodes the page; an encoding {@link TextDecoder} had to assume is reported to {@code sink}. */
    static String decode(byte[] bytes, ImportSink sink) {
        if (hasByteOrderMark(bytes)) {
            return TextDecoder.decode(bytes, sink);
        }
        var label = declared(bytes);
        if (label == null) {
            return TextDecoder.decode(bytes, sink);
        }
        var charset = charset(label);
        // A UTF-16 declaration inside ASCII-readable markup cannot be true; browsers read such pages as UTF-8.
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            charset = StandardCharsets.UTF_8;
        }
        var buffer = ByteBuffer.wrap(bytes);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            var at = Math.min(buffer.position(), bytes.length - 1);
            throw new ImportRejectedException(String.format(
                    "the page says it is written in %s, but byte 0x%02X at offset %d is not valid %s",
                    ReportText.quote(label), bytes[at] & 0xFF, at, ReportText.quote(label)));
        }
    }

    /** The charset named in the first {@code <meta charset>} or {@code http-equiv} content-type tag. */
    static @Nullable String declared(byte[] bytes) {
        // Latin-1 maps every byte to one char, so markup in any ASCII-compatible encoding parses as written.
        var head = new String(Arrays.copyOf(bytes, Math.min(bytes.length, PRESCAN)), StandardCharsets.ISO_8859_1);
        for (var meta : Jsoup.parse(head).select("meta[charset], meta[http-equiv=content-type][content]")) {
            if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
                return meta.attr("charset").strip();
            }
            var content = CONTENT_CHARSET.matcher(meta.attr("content"));
            if (content.find()) {
                return content.group(1);
            }
        }
        return null;
    }

    private static Charset charset(String label) {
        var lower = label.toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(lower)) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(lower);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportRejectedException("the page says it is written in '" + ReportText.quote(label)
                    + "', a character set Tagbench does not know (save it as UTF-8 and import it again)");
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                        || bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF);
    }
}
