package dev.tagbench.plugins.datasets;

import static dev.tagbench.plugins.datasets.ExportFixtures.description;
import static dev.tagbench.plugins.datasets.ExportFixtures.export;
import static dev.tagbench.plugins.datasets.ExportFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.ExportRow;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class CsvExporterTest {

    private static final String HEADER = "id,article_id,article_title,sentence_index,start,end,text,labels,split,"
            + "annotators,annotator_labels,reviewer,approved_at,schema_version,published_on\n";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CsvExporter exporter = new CsvExporter();

    @Test
    void writes_a_header_and_quotes_cells_with_quotes_commas_and_line_breaks() throws IOException {
        var text = new String(export(exporter, rows()), StandardCharsets.UTF_8);

        assertThat(text)
                .isEqualTo(HEADER
                        + "11,3,\"Blast in \"\"Old Town\"\"\",0,0,28,\"A bomb hit the market, \"\"they\"\" said.\","
                        + "attack|casualty,train,alice;bob,\"[{\"\"curator\"\":\"\"alice\"\",\"\"labels\"\":[\"\"attack\"\","
                        + "\"\"casualty\"\"]},{\"\"curator\"\":\"\"bob\"\",\"\"labels\"\":[\"\"attack\"\"]}]\",rita,"
                        + "2024-05-01T10:15:30Z,2,2024-04-30\n"
                        + "12,3,\"Blast in \"\"Old Town\"\"\",1,29,45,\"Police came.\nCafé closed.\",,train,alice,"
                        + "\"[{\"\"curator\"\":\"\"alice\"\",\"\"labels\"\":[]}]\",rita,2024-05-01T10:15:30Z,2,\n"
                        + "40,9,Calm day,0,0,10,Nothing happened.,attack,test,,[],,,2,\n");
    }

    @Test
    void writes_empty_cells_for_a_row_without_reviewer_or_approval() throws IOException {
        var record = parse(export(exporter, List.of(ExportFixtures.testRowWithoutReviewer())))
                .getFirst();

        assertThat(record.get("reviewer")).isEmpty();
        assertThat(record.get("approved_at")).isEmpty();
        assertThat(record.get("annotators")).isEmpty();
        assertThat(record.get("annotator_labels")).isEqualTo("[]");
    }

    @Test
    void prefixes_cells_a_spreadsheet_would_run_as_formulas_with_an_apostrophe() throws IOException {
        var rows = List.of(
                withText("=cmd|' /C calc'!A0"),
                withText("@SUM(1)"),
                withText("-2+3"),
                withText("+1"),
                withText("\tleading tab"),
                withText("\rleading return"),
                withText("a = b"));

        var texts = parse(export(exporter, rows)).stream()
                .map(record -> record.get("text"))
                .toList();

        assertThat(texts)
                .containsExactly(
                        "'=cmd|' /C calc'!A0",
                        "'@SUM(1)",
                        "'-2+3",
                        "'+1",
                        "'\tleading tab",
                        "'\rleading return",
                        "a = b");
    }

    @Test
    void neutralises_formulas_in_titles_annotators_and_reviewers_too() throws IOException {
        var row = new ExportRow(
                1,
                1,
                "=HYPERLINK(\"x\")",
                null,
                0,
                0,
                1,
                "x",
                List.of(),
                "train",
                Map.of("=evil", List.of()),
                "@rita",
                null,
                1);

        var record = parse(export(exporter, List.of(row))).getFirst();

        assertThat(record.get("article_title")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(record.get("annotators")).isEqualTo("'=evil");
        // A JSON list starts with '[', which no spreadsheet runs; the name inside stays as it is.
        assertThat(record.get("annotator_labels")).isEqualTo("[{\"curator\":\"=evil\",\"labels\":[]}]");
        assertThat(record.get("reviewer")).isEqualTo("'@rita");
    }

    @Test
    void writes_utf8_without_a_byte_order_mark() throws IOException {
        var bytes = export(exporter, rows());

        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("id,");
        assertThat(bytes).containsSequence("Café".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void with_a_byte_order_mark_a_csv_reader_gets_the_same_header_and_cells(@TempDir Path dir) throws Exception {
        var plain = export(exporter, rows());
        var settings = new LinkedHashMap<>(description().settings());
        settings.put(DatasetDescription.BYTE_ORDER_MARK, "true");
        var d = description();
        var withMark = export(
                exporter,
                new DatasetDescription(
                        d.projectName(),
                        d.language(),
                        d.schemaVersion(),
                        d.labels(),
                        settings,
                        d.sentencesPerSplit(),
                        d.articlesPerSplit(),
                        d.curators(),
                        d.agreement(),
                        d.dataDate(),
                        d.growth()),
                rows());

        assertThat(withMark).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(withMark, 3, withMark.length)).isEqualTo(plain);
        // DuckDB's CSV reader, as a spreadsheet reads it: the mark is no part of the first column's name.
        var file = dir.resolve("bom.csv");
        Files.write(file, withMark);
        try (var duck = DriverManager.getConnection("jdbc:duckdb:");
                var statement = duck.createStatement()) {
            var result = statement.executeQuery("select id, article_title, text, annotator_labels from read_csv('"
                    + file + "', header = true, all_varchar = true) order by id");
            assertThat(result.getMetaData().getColumnName(1)).isEqualTo("id");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("11");
            assertThat(result.getString(2)).isEqualTo("Blast in \"Old Town\"");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(3)).isEqualTo("Police came.\nCafé closed.");
            assertThat(JSON.readTree(result.getString(4)).get(0).get("curator").asString())
                    .isEqualTo("alice");
        }
    }

    @Test
    void the_same_rows_give_byte_identical_output() throws IOException {
        assertThat(export(exporter, rows())).isEqualTo(export(exporter, rows()));
    }

    @Test
    void writes_only_the_header_when_there_are_no_rows() throws IOException {
        assertThat(new String(export(exporter, List.of()), StandardCharsets.UTF_8))
                .isEqualTo(HEADER);
    }

    @Test
    void leaves_the_output_stream_open() throws IOException {
        var out = new ExportFixtures.CloseTrackingStream();

        exporter.export(description(), rows().iterator(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(HEADER);
    }

    @Test
    void describes_itself_as_csv() {
        assertThat(exporter.id()).isEqualTo("csv");
        assertThat(exporter.name()).isEqualTo("CSV");
        assertThat(exporter.fileExtension()).isEqualTo("csv");
        assertThat(exporter.mediaType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(exporter.offersByteOrderMark()).isTrue();
    }

    private static ExportRow withText(String text) {
        return new ExportRow(1, 1, "t", null, 0, 0, text.length(), text, List.of(), "train", Map.of(), null, null, 1);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format)) {
            return parser.getRecords();
        }
    }
}
