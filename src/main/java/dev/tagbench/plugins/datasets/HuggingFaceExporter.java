package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Hugging Face datasets layout as a ZIP: {@code train.jsonl}, {@code validation.jsonl} and
 * {@code test.jsonl} (the {@link JsonlExporter} format; all three always present, possibly empty),
 * then a {@code README.md} dataset card with counts, agreement, settings and each file's SHA-256.
 * The ZIP is deterministic: fixed entry times, no extra fields, the same entry order.
 */
public class HuggingFaceExporter implements DatasetExporter {

    /** The exporter's stable id. */
    public static final String ID = "hf";

    /**
     * 1980-01-01 00:00:02, set as local time. Not {@code ZipEntry.setTime(long)}: it converts through
     * the server's time zone, so the stamp and, west of UTC, an extra timestamp field would differ by
     * server. Not 00:00:00 either: the JDK takes that DOS time for "before 1980" and adds the same field.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    @Override
    public boolean writesDatasetCard() {
        return true;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Hugging Face datasets layout (ZIP)";
    }

    @Override
    public String fileExtension() {
        return "zip";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public void export(DatasetDescription dataset, Iterator<ExportRow> rows, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        var tally = new SplitTally(dataset.labels());
        var files = new SplitFiles(zip);
        while (rows.hasNext()) {
            var row = rows.next();
            var split = files.writerFor(row.split());
            tally.count(row, files.current());
            split.write(row);
        }
        var sha256 = files.finish();
        open(zip, "README.md");
        zip.write(DatasetCard.render(dataset, tally, sha256).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        // finish(), not close(): the central directory is written but the caller's stream stays open.
        zip.finish();
        out.flush();
    }

    static void open(ZipOutputStream zip, String name) throws IOException {
        var entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
    }
}
