package dev.tagbench.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Streams the rows of every split through an exporter to the client, counting and hashing the bytes
 * on their way. Rows come from one cursor per split, opened when the previous split is done.
 */
final class ExportStream {

    private ExportStream() {}

    /** What went to the client. */
    record Written(String sha256, long bytes) {}

    static Written write(ExportPlan plan, Function<String, Stream<ExportRow>> splitRows, OutputStream out)
            throws IOException {
        var counting = new CountingOutputStream(out);
        var digest = new DigestOutputStream(counting, sha256());
        var opened = new ArrayList<Stream<ExportRow>>();
        try {
            plan.exporter().export(plan.description(), rows(plan, splitRows, opened), digest);
            digest.flush();
        } finally {
            opened.forEach(Stream::close);
        }
        return new Written(HexFormat.of().formatHex(digest.getMessageDigest().digest()), counting.count);
    }

    /**
     * The rows of every split, one cursor after the other. Built by hand: an iterator over
     * {@code Stream.flatMap} would buffer each split's whole result in memory.
     */
    private static Iterator<ExportRow> rows(
            ExportPlan plan, Function<String, Stream<ExportRow>> splitRows, List<Stream<ExportRow>> opened) {
        var bySplit = plan.articlesBySplit();
        var splits = DatasetDescription.SPLITS.iterator();
        return new Iterator<>() {
            private Iterator<ExportRow> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && splits.hasNext()) {
                    var split = splits.next();
                    if (!bySplit.get(split).isEmpty()) {
                        var stream = splitRows.apply(split);
                        opened.add(stream);
                        current = stream.iterator();
                    }
                }
                return current.hasNext();
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts bytes on their way to the client; never closes the client's stream. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
