package dev.tagbench.plugins.csv;

import dev.tagbench.ingest.ArticleFields;
import dev.tagbench.ingest.ArticleImporter;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportSink;
import dev.tagbench.ingest.ImportSource;
import dev.tagbench.ingest.ImportedArticle;
import dev.tagbench.ingest.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV ({@code .csv}, RFC 4180) and tab-separated ({@code .tsv}) tables with a header row, one
 * article per row. A {@code text} column is required; {@code title}, {@code date}, {@code source}
 * and {@code url} fill the article as {@link ArticleFields} reads them, every other column is kept as
 * metadata. Column names are trimmed and matched without regard to case. Cells are imported exactly
 * as written, formula-like ones ({@code =…}) included: they are data here, and only the spreadsheet
 * export has to defuse them.
 */
public class CsvImporter implements ArticleImporter {

    /** The importer's stable id. */
    public static final String ID = "csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "CSV tables";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        var name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws IOException {
        byte[] bytes;
        try (var in = source.open()) {
            bytes = in.readAllBytes();
        }
        var text = TextDecoder.decode(bytes, sink);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportRejectedException(
                    text.isEmpty() ? "the file is empty" : "the file contains only whitespace");
        }
        var tabs = source.fileName().toLowerCase(Locale.ROOT).endsWith(".tsv");
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(tabs ? '\t' : ',')
                .setIgnoreEmptyLines(true)
                .get();
        List<Consumer<ImportSink>> rows;
        try (var parser = CSVParser.parse(text, format)) {
            rows = readRows(parser, new LineNumbers(text));
        } catch (UncheckedIOException e) {
            throw new ImportRejectedException(MalformedCsv.describe(e.getCause(), tabs));
        }
        rows.forEach(row -> row.accept(sink));
    }

    /**
     * Reads every row before handing any on, so a file refused for a broken quote near its end
     * stores nothing. Each row becomes what it tells the sink: an article or a problem.
     */
    private static List<Consumer<ImportSink>> readRows(CSVParser parser, LineNumbers lines) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw new ImportRejectedException("the file is empty");
        }
        var columns = Columns.of(records.next());
        var rows = new ArrayList<Consumer<ImportSink>>();
        while (records.hasNext()) {
            var record = records.next();
            var where = "row " + (rows.size() + 1);
            var at = "data row " + (rows.size() + 1) + ", starting on line "
                    + lines.lineAt(record.getCharacterPosition());
            if (record.size() != columns.size()) {
                var message = record.size() + (record.size() == 1 ? " cell" : " cells") + " where the header has "
                        + columns.size() + " columns (" + at + ")";
                rows.add(sink -> sink.problem(where, message));
            } else if (record.get(columns.textIndex()).isBlank()) {
                rows.add(sink -> sink.problem(where, "the text cell is empty (" + at + ")"));
            } else {
                var article = toArticle(record, columns);
                rows.add(sink -> sink.article(article));
            }
        }
        if (rows.isEmpty()) {
            throw new ImportRejectedException("the CSV file has a header row but no rows below it");
        }
        return rows;
    }

    private static ImportedArticle toArticle(CSVRecord record, Columns columns) {
        var fields = new ArticleFields();
        for (var i = 0; i < columns.size(); i++) {
            if (i != columns.textIndex()) {
                fields.add(columns.name(i), record.get(i));
            }
        }
        return fields.toArticle(record.get(columns.textIndex()));
    }
}
