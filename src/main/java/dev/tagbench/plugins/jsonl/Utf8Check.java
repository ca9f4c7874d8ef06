package dev.tagbench.plugins.jsonl;

import dev.tagbench.ingest.ImportRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams a file once to prove it is UTF-8 before any line is imported. Checking first keeps the
 * promise that a refused file stores nothing, and working on bytes gives the exact line of a bad
 * byte, which a {@link java.io.Reader} loses when it decodes ahead in blocks.
 */
final class Utf8Check {

    private static final int CHUNK = 64 * 1024;

    private Utf8Check() {}

    /**
     * Reads the stream to its end.
     *
     * @return the number of bytes read
     * @throws ImportRejectedException naming the line and offset of the first byte that is not UTF-8
     */
    static long requireUtf8(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.allocate(CHUNK);
        // UTF-8 never yields more chars than bytes, so the decoder cannot overflow this buffer.
        var chars = CharBuffer.allocate(CHUNK);
        var lines = new LineCounter();
        long consumed = 0;
        var endOfInput = false;
        while (!endOfInput) {
            var read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            endOfInput = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0));
            bytes.flip();
            var result = decoder.decode(bytes, chars, endOfInput);
            lines.count(bytes.array(), 0, bytes.position());
            if (result.isError()) {
                throw new ImportRejectedException(String.format(
                        "line %d is not UTF-8 text: byte 0x%02X at offset %d (save the file as UTF-8 and import it again)",
                        lines.current(), bytes.get(bytes.position()) & 0xFF, consumed + bytes.position()));
            }
            consumed += bytes.position();
            bytes.compact();
            chars.clear();
        }
        return consumed;
    }

    /** Counts line breaks the way {@link LineReader} does: LF, CR LF and a lone CR each end a line. */
    private static final class LineCounter {
        private int breaks;
        private boolean afterCarriageReturn;

        void count(byte[] bytes, int from, int to) {
            for (var i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    breaks += afterCarriageReturn ? 0 : 1;
                    afterCarriageReturn = false;
                } else {
                    afterCarriageReturn = bytes[i] == '\r';
                    breaks += afterCarriageReturn ? 1 : 0;
                }
            }
        }

        int current() {
            return breaks + 1;
        }
    }
}
