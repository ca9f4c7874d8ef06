package dev.tagbench.plugins.datasets;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lets writers that close what they wrap (CSV printers, digest streams) be closed safely: the
 * download belongs to the caller, so closing here only flushes.
 */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    // FilterOutputStream would otherwise write an array one byte at a time.
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
