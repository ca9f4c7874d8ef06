package dev.tagbench.ingest;

import com.ibm.icu.text.CharsetDetector;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file's bytes into text for importers. UTF-8 is expected; a byte-order mark
 * (UTF-8, UTF-16) is honoured, UTF-16 without one is recognised by its zero bytes, and Latin-1 or
 * Windows-1252 is accepted only when ICU's detector is confident. Anything else is refused with the
 * offending byte and its offset: a wrong guess would store mojibake, which is worse than a refusal.
 * A guess that was taken is told to the person importing ({@link #decode(byte[], ImportSink)}), so
 * a wrong one is noticed while the import is fresh.
 */
public final class TextDecoder {

    /** ICU's confidence (0–100) from which a single-byte Western encoding is believed. */
    static final int LATIN_CONFIDENCE = 50;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /**
     * Decodes a whole file without telling anyone which encoding was assumed; importers use
     * {@link #decode(byte[], ImportSink)}.
     *
     * @throws ImportRejectedException when the bytes are binary or in an encoding that cannot be
     *                                 told with confidence
     */
    public static String decode(byte[] bytes) {
        return read(bytes).text();
    }

    /**
     * Decodes a whole file and, when it is not UTF-8 and has no byte-order mark, so that its encoding
     * had to be assumed, tells {@code sink} which one as a {@link ImportSink#warning warning}.
     *
     * @throws ImportRejectedException when the bytes are binary or in an encoding that cannot be
     *                                 told with confidence
     */
    public static String decode(byte[] bytes, ImportSink sink) {
        var decoded = read(bytes);
        if (decoded.assumption() != null) {
            sink.warning(decoded.assumption());
        }
        return decoded.text();
    }

    /** A file's text, and what was assumed to read it when it declared nothing and was not UTF-8. */
    private record Decoded(String text, @Nullable String assumption) {}

    private static Decoded read(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(noNul(strict(bytes, 2, StandardCharsets.UTF_16LE)), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(noNul(strict(bytes, 2, StandardCharsets.UTF_16BE)), null);
        }
        var utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new Decoded(
                    noNul(strict(bytes, 0, utf16)),
                    "not UTF-8: read as " + utf16.name() + ", recognised by its zero bytes as the file has no"
                            + " byte-order mark; if the text looks wrong, save the file as UTF-8 and import it again");
        }
        var nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new ImportRejectedException("not a text file: NUL byte at offset " + nul);
        }
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return westernOrRefuse(bytes, firstInvalidUtf8(bytes));
        }
    }

    private static Decoded westernOrRefuse(byte[] bytes, int invalidAt) {
        var detector = new CharsetDetector();
        detector.setText(bytes);
        var match = detector.detect();
        var name = match == null ? "" : match.getName();
        if ((name.equals("ISO-8859-1") || name.equals("windows-1252")) && match.getConfidence() >= LATIN_CONFIDENCE) {
            // Windows-1252 is Latin-1 plus printable characters where Latin-1 has controls: it reads both.
            return new Decoded(
                    new String(bytes, WINDOWS_1252),
                    String.format(
                            "not valid UTF-8 (byte 0x%02X at offset %d): read as windows-1252 (Western European);"
                                    + " if accented letters look wrong, save the file as UTF-8 and import it again",
                            bytes[invalidAt] & 0xFF, invalidAt));
        }
        throw new ImportRejectedException(String.format(
                "not UTF-8 text: byte 0x%02X at offset %d (save the file as UTF-8 and import it again)",
                bytes[invalidAt] & 0xFF, invalidAt));
    }

    /** ASCII-heavy UTF-16 has a zero in every other byte: at odd offsets for LE, even for BE. */
    private static @Nullable Charset utf16WithoutMark(byte[] bytes) {
        var sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (var i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            var at = buffer.position();
            throw new ImportRejectedException(String.format(
                    "not valid %s text: byte 0x%02X at offset %d",
                    charset.name(), bytes[Math.min(at, bytes.length - 1)] & 0xFF, at));
        }
    }

    private static String noNul(String text) {
        var nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ImportRejectedException("not a text file: NUL character at position " + nul);
        }
        return text;
    }

    private static int indexOfNul(byte[] bytes) {
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var buffer = ByteBuffer.wrap(bytes);
        var result = decoder.decode(buffer, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? buffer.position() : bytes.length - 1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (var i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
