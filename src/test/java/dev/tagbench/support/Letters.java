package dev.tagbench.support;

import java.io.InputStream;
import java.util.Arrays;

/** A request body of {@code size} letters, generated as it is read, so a large body costs no memory. */
public final class Letters extends InputStream {

    private long remaining;

    public Letters(long size) {
        this.remaining = size;
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        return 'a';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining <= 0) {
            return -1;
        }
        var n = (int) Math.min(length, remaining);
        Arrays.fill(buffer, offset, offset + n, (byte) 'a');
        remaining -= n;
        return n;
    }
}
