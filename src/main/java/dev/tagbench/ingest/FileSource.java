package dev.tagbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An upload the web container or the UI has stored in a temporary file. */
public record FileSource(String fileName, Path path) implements ImportSource {

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            // Unknown size counts as too large, so size limits can never be bypassed.
            return Long.MAX_VALUE;
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
