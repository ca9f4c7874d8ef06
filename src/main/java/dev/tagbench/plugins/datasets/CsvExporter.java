package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV (RFC 4180 quoting, {@code \n} line ends, UTF-8 without BOM) with a header row and one row per
 * approved sentence. Labels are joined with {@code |}; annotators as {@code alice;bob}, and their
 * own labels as {@code alice=a|b;bob=}. Cells a spreadsheet would run as a formula are defused with a leading
 * apostrophe.
 */
public class CsvExporter implements DatasetExporter {

    /** The exporter's stable id. */
    public static final String ID = "csv";

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
                    "schema_version")
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
        return "text/csv";
    }

    @Override
    public void export(DatasetDescription dataset, Iterator<ExportRow> rows, OutputStream out) throws IOException {
        var writer =
                new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
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
                        row.schemaVersion());
            }
        }
    }

    private static String annotatorLabels(Map<String, List<String>> annotators) {
        // The map is already in username order, which the joined cell keeps.
        return annotators.entrySet().stream()
                .map(annotator -> annotator.getKey() + "=" + String.join("|", annotator.getValue()))
                .collect(Collectors.joining(";"));
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
