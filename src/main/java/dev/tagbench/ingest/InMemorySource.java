package dev.tagbench.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A small file held in memory: pasted text, a seed resource, a test fixture. */
public record InMemorySource(String fileName, byte[] bytes) implements ImportSource {

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }
}
