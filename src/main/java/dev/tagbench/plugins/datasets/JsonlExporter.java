package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * JSON Lines: one object per approved sentence, UTF-8, lines ended by {@code \n}. Keys, in this
 * order: {@code id, article_id, article_title, sentence_index, start, end, text, labels, split,
 * annotators, annotator_labels, reviewer, approved_at, schema_version, published_on}; {@code annotators}
 * lists the curators' usernames, {@code annotator_labels} is a list of {@code {curator, labels}} in the
 * same order, {@code approved_at} is an ISO-8601 instant or null, {@code published_on} the article's
 * date ({@code YYYY-MM-DD}) or null.
 */
public class JsonlExporter implements DatasetExporter {

    /** The exporter's stable id. */
    public static final String ID = "jsonl";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "JSON Lines";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/x-ndjson; charset=utf-8";
    }

    @Override
    public void export(DatasetDescription dataset, Iterator<ExportRow> rows, OutputStream out) throws IOException {
        try (var jsonl = new JsonlWriter(out)) {
            while (rows.hasNext()) {
                jsonl.write(rows.next());
            }
        }
    }
}
