package dev.tagbench.export;

import dev.tagbench.extension.Extension;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes approved sentences as a dataset file: JSONL, CSV, a Hugging Face layout, and so on.
 * Exports can hold millions of rows, so rows are streamed from the database and must be written
 * as they arrive; an exporter keeps nothing per row in memory.
 */
public interface DatasetExporter extends Extension {

    /** The download's file name extension, e.g. {@code jsonl} or {@code zip}. */
    String fileExtension();

    /**
     * The download's media type, e.g. {@code application/x-ndjson; charset=utf-8}; text formats name
     * their charset, so browsers and spreadsheets never guess it.
     */
    String mediaType();

    /**
     * Whether this exporter writes a dataset card and so needs the agreement figures in the
     * {@link DatasetDescription}; computing them costs a pass over every curator's labels, which
     * plain row formats are spared.
     */
    default boolean writesDatasetCard() {
        return false;
    }

    /**
     * Whether this format can start with a UTF-8 byte-order mark when an export asks for one
     * ({@link DatasetDescription#byteOrderMark()}): spreadsheets read a CSV file as UTF-8 only then.
     * Formats whose readers would take the mark for data (JSON Lines, binary formats) do not offer it.
     */
    default boolean offersByteOrderMark() {
        return false;
    }

    /**
     * Writes the dataset. The same rows and description must give byte-identical output, so never
     * write the current time, random values or hash-map order.
     *
     * @param dataset what the dataset is: project, label schema, export settings, counts
     * @param rows    the rows ordered by split, article and sentence index
     * @param out     the download; do not close it
     */
    void export(DatasetDescription dataset, Iterator<ExportRow> rows, OutputStream out) throws IOException;
}
