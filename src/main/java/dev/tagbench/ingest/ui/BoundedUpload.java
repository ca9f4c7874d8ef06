package dev.tagbench.ingest.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives each uploaded file into a temporary file of its own and holds the size limit on the
 * server, since the browser's limit is only a convenience a user can lift. An upload that declares
 * more than the limit is refused before a byte of it is read; one that turns out larger while it
 * arrives stops being read at the limit and its file is deleted. A received file belongs to the
 * receiver, which deletes it when done; on any failure before that it is deleted here. Unlike
 * Vaadin's temporary-file handler, it creates no directory per upload.
 */
final class BoundedUpload implements UploadHandler {

    /** Takes a received file on the upload's request thread; from then on it owns (and deletes) the file. */
    interface Receiver extends Serializable {
        void received(UploadEvent upload, Path file);
    }

    /** Hears of a file refused because of its size, on the upload's request thread. */
    interface Refusal extends Serializable {
        void refused(UploadEvent upload, String reason);
    }

    /** What became of one upload. */
    sealed interface Outcome {
        record Received(Path file) implements Outcome {}

        record Refused(String reason) implements Outcome {}
    }

    private static final String PREFIX = "tagbench-upload-";

    private final long maxBytes;
    private final Path directory;
    private final Receiver receiver;
    private final Refusal refusal;

    BoundedUpload(long maxBytes, Path directory, Receiver receiver, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.directory = directory;
        this.receiver = receiver;
        this.refusal = refusal;
    }

    @Override
    public void handleUploadRequest(UploadEvent upload) throws IOException {
        switch (receive(upload.getFileSize(), upload::getInputStream)) {
            case Outcome.Refused refused -> {
                upload.reject(refused.reason());
                refusal.refused(upload, refused.reason());
            }
            case Outcome.Received received -> {
                try {
                    receiver.received(upload, received.file());
                } catch (RuntimeException e) {
                    Files.deleteIfExists(received.file());
                    throw e;
                }
            }
        }
    }

    /** Opens the upload's data; only called when the declared size is within the limit. */
    interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Stores an upload of {@code declaredSize} bytes (-1 when unknown) into a new temporary file, or
     * refuses it as too large. Nothing stays behind when it is refused or fails.
     */
    Outcome receive(long declaredSize, Source source) throws IOException {
        if (declaredSize > maxBytes) {
            return new Outcome.Refused(tooLarge());
        }
        var file = Files.createTempFile(directory, PREFIX, ".tmp");
        try (var in = source.open();
                var out = Files.newOutputStream(file)) {
            var buffer = new byte[64 * 1024];
            long total = 0;
            for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    // Stop reading: the rest is discarded with the connection, not stored.
                    out.close();
                    Files.delete(file);
                    return new Outcome.Refused(tooLarge());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Outcome.Received(file);
    }

    private String tooLarge() {
        return "refused: larger than the " + maxBytes / (1024 * 1024) + " MB an upload may have";
    }
}
