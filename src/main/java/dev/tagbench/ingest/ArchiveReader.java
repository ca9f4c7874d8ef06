package dev.tagbench.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files of a ZIP upload one by one, in memory. Nothing is ever written to disk, so entry
 * names like {@code ../../etc/passwd} cannot escape anywhere; they are refused all the same, as
 * are ZIP bombs: entries that expand beyond the file limit or the compression ratio limit, and
 * archives that expand beyond their total limit.
 */
final class ArchiveReader {

    /** An entry that could be read, or why it could not. */
    sealed interface Entry {
        String name();
    }

    record FileEntry(String name, byte[] bytes) implements Entry {}

    record RefusedEntry(String name, String reason) implements Entry {}

    private final IngestProperties limits;

    ArchiveReader(IngestProperties limits) {
        this.limits = limits;
    }

    static boolean isArchive(String fileName, byte[] head) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
                || head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Hands each entry to {@code entries} as soon as it is read; returns why the rest of the archive
     * was not read, if it was cut short.
     */
    List<String> read(InputStream upload, Consumer<Entry> entries) throws IOException {
        var problems = new ArrayList<String>();
        var counted = new CountingStream(upload);
        var perFile = limits.maxFileSize().toBytes();
        var expansion = limits.maxArchiveExpansion().toBytes();
        long total = 0;
        var count = 0;
        try (var zip = new ZipInputStream(counted)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > limits.maxArchiveEntries()) {
                    problems.add("the archive has more than " + limits.maxArchiveEntries()
                            + " entries; the rest was not read");
                    break;
                }
                var name = entry.getName();
                // Every entry is read here, even one that is skipped: leaving it to getNextEntry would
                // unpack it without any limit, which is how a ZIP bomb hides in an ignored file.
                var compressedBefore = counted.count;
                var bytes = zip.readNBytes((int) Math.min(perFile + 1, Integer.MAX_VALUE - 8));
                var compressed = Math.max(1, counted.count - compressedBefore);
                total += bytes.length;
                if (bytes.length > perFile) {
                    entries.accept(new RefusedEntry(
                            name, "larger than the " + limits.maxFileSize().toMegabytes() + " MB limit when unpacked"));
                    problems.add("an entry is larger than the limit, so the rest of the archive was not read");
                    break;
                }
                if (bytes.length > 1_000_000 && bytes.length / compressed > limits.maxCompressionRatio()) {
                    entries.accept(new RefusedEntry(
                            name,
                            "compressed more than " + limits.maxCompressionRatio()
                                    + " to 1, which only ZIP bombs are; not imported"));
                    continue;
                }
                if (total > expansion) {
                    problems.add("the archive expands beyond "
                            + limits.maxArchiveExpansion().toMegabytes() + " MB; the rest was not read");
                    break;
                }
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                var unsafe = unsafePath(name);
                if (unsafe != null) {
                    entries.accept(new RefusedEntry(name, unsafe));
                } else if (isArchive(name, new byte[0])) {
                    entries.accept(new RefusedEntry(name, "archives inside archives are not imported"));
                } else {
                    entries.accept(new FileEntry(name, bytes));
                }
            }
        } catch (ZipException e) {
            problems.add("the archive is damaged: " + e.getMessage());
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add("the archive contains no files");
        }
        return problems;
    }

    private static boolean ignored(String name) {
        var base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".");
    }

    private static @Nullable String unsafePath(String name) {
        var normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            return "absolute path in the archive; not imported";
        }
        for (var part : normalized.split("/")) {
            if (part.equals("..")) {
                return "path leads outside the archive; not imported";
            }
        }
        return null;
    }

    /** Counts the compressed bytes the ZIP reader has consumed, to measure compression ratios. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            var b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
