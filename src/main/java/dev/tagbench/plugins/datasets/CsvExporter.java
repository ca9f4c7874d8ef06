package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV (RFC 4180 quoting, {@code \n} line ends, UTF-8) with a header row and one row per approved
 * sentence, the columns of the JSON Lines export in the same order. Lists inside a cell: {@code labels}
 * joined with {@code |}, {@code annotators} with {@code ;} (neither can occur in a label key or a
 * username), and {@code annotator_labels} as the JSON list of {@code {curator, labels}} the JSON Lines
 * export has. Without a byte-order mark by default; an export asking for one ({@code bom=true}) starts
 * with it, so spreadsheets read the file as UTF-8. Cells a spreadsheet would run as a formula are
 * defused with a leading apostrophe.
 */
public class CsvExporter implements DatasetExporter {

    /** The exporter's stable id. */
    public static final String ID = "csv";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setRecordSeparator("\n")
            .setHeader(
                    "id",
                    "article_id",
                    "article_title",
                    "sentence_index",
                    "start",
                    "end",
                    "text",
                    "labels",
                    "split",
                    "annotators",
                    "annotator_labels",
                    "reviewer",
                    "approved_at",
                    "schema_version",
                    "published_on")
            .get();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8";
    }

    @Override
    public boolean offersByteOrderMark() {
        return true;
    }

    @Override
    public void export(DatasetDescription dataset, Iterator<ExportRow> rows, OutputStream out) throws IOException {
        var writer =
                new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
        if (dataset.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        // Closing the printer flushes it; the non-closing wrapper keeps the caller's stream open.
        try (var csv = new CSVPrinter(writer, FORMAT)) {
            while (rows.hasNext()) {
                var row = rows.next();
                csv.printRecord(
                        row.id(),
                        row.articleId(),
                        cell(row.articleTitle()),
                        row.sentenceIndex(),
                        row.start(),
                        row.end(),
                        cell(row.text()),
                        cell(String.join("|", row.labels())),
                        cell(row.split()),
                        cell(String.join(";", row.annotators().keySet())),
                        cell(annotatorLabels(row.annotators())),
                        cell(row.reviewer()),
                        row.approvedAt() == null ? "" : row.approvedAt().toString(),
                        row.schemaVersion(),
                        row.publishedOn() == null ? "" : row.publishedOn().toString());
            }
        }
    }

    /** The JSON list the JSON Lines export writes; the map is already in username order, which it keeps. */
    private static String annotatorLabels(Map<String, List<String>> annotators) {
        var list = new ArrayList<Map<String, Object>>();
        annotators.forEach((curator, labels) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("curator", curator);
            entry.put("labels", labels);
            list.add(entry);
        });
        return JSON.writeValueAsString(list);
    }

    /**
     * Defuses CSV injection (OWASP): spreadsheets run a cell starting with {@code = + - @}, tab or
     * carriage return as a formula, so such cells get a leading apostrophe and are shown as text.
     */
    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
