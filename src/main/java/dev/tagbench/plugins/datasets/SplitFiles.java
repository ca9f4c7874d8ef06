package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import java.io.IOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The per-split JSON Lines entries of the ZIP, opened in {@link DatasetDescription#SPLITS} order as
 * the rows move on to the next split. A split without rows still gets its (empty) entry, and each
 * entry's SHA-256 is computed from the bytes as they are written.
 */
final class SplitFiles {

    private static final List<String> SPLITS = DatasetDescription.SPLITS;

    private final ZipOutputStream zip;
    private final List<String> sha256 = new ArrayList<>();
    private int current = -1;
    private @Nullable JsonlWriter writer;
    private @Nullable MessageDigest digest;

    SplitFiles(ZipOutputStream zip) {
        this.zip = zip;
    }

    /** The writer of {@code split}'s entry, closing the entries before it. */
    JsonlWriter writerFor(String split) throws IOException {
        var index = SPLITS.indexOf(split);
        if (index < 0) {
            throw new IllegalArgumentException("unknown split '" + split + "'; expected one of " + SPLITS);
        }
        // A split cannot be reopened once closed: a ZIP with two train.jsonl entries would be corrupt.
        if (index < current) {
            throw new IllegalArgumentException("rows of split '" + split + "' arrived after rows of '"
                    + SPLITS.get(current) + "'; rows must be ordered train, validation, test");
        }
        advanceTo(index);
        return Objects.requireNonNull(writer);
    }

    /** The position in {@link DatasetDescription#SPLITS} of the entry being written. */
    int current() {
        return current;
    }

    /** Closes the last entry, adding empty entries for the splits no row reached; the hex digests in split order. */
    List<String> finish() throws IOException {
        advanceTo(SPLITS.size());
        return List.copyOf(sha256);
    }

    private void advanceTo(int index) throws IOException {
        while (current < index) {
            if (writer != null && digest != null) {
                writer.close();
                zip.closeEntry();
                sha256.add(HexFormat.of().formatHex(digest.digest()));
                writer = null;
            }
            current++;
            if (current < SPLITS.size()) {
                HuggingFaceExporter.open(zip, SPLITS.get(current) + ".jsonl");
                digest = sha256();
                writer = new JsonlWriter(new DigestOutputStream(new NonClosingOutputStream(zip), digest));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
