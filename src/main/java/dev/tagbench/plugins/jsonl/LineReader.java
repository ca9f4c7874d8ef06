package dev.tagbench.plugins.jsonl;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbered lines like {@link java.io.BufferedReader#readLine()} (LF, CR LF or CR end a line),
 * but never holds more than {@code maxChars} of one line: an over-long line is skipped to its end
 * and reported without its text, so a single huge line cannot exhaust memory.
 */
final class LineReader implements Closeable {

    /**
     * One line of the file.
     *
     * @param number 1-based line number
     * @param text   the line without its terminator, or {@code null} when it was longer than allowed
     */
    record Line(int number, @Nullable String text) {}

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int number;
    private boolean skipLineFeed;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    @Nullable
    Line next() throws IOException {
        line.setLength(0);
        var tooLong = false;
        var started = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(in.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    return started ? finish(tooLong) : null;
                }
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            started = true;
            var end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            if (!tooLong && line.length() + (end - position) > maxChars) {
                tooLong = true;
                line.setLength(0);
            }
            if (!tooLong) {
                line.append(buffer, position, end - position);
            }
            position = end;
            if (end < limit) {
                skipLineFeed = buffer[end] == '\r';
                position++;
                return finish(tooLong);
            }
        }
    }

    private Line finish(boolean tooLong) {
        number++;
        return new Line(number, tooLong ? null : line.toString());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
