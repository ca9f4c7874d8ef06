package dev.tagbench.plugins.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.ExportRow;
import dev.tagbench.project.Label;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet export read back: by parquet-java, which wrote it (schema, rows, metadata), and by
 * DuckDB, an independent reader in C++, as a data scientist would (every value and the nested types).
 */
class ParquetExporterTest {

    private final ParquetExporter exporter = new ParquetExporter();

    @TempDir
    Path dir;

    @Test
    void duckdb_reads_every_column_with_lists_of_curators_and_their_labels() throws Exception {
        var file = write(rows());

        try (var duck = DriverManager.getConnection("jdbc:duckdb:");
                var statement = duck.createStatement()) {
            var result = statement.executeQuery("""
                    select id, article_id, article_title, sentence_index, start, "end", text, labels, split,
                           annotators, annotator_labels, reviewer, approved_at, schema_version, published_on,
                           typeof(annotator_labels), typeof(approved_at), typeof(published_on)
                    from read_parquet('%s') order by id""".formatted(file));
            var read = new ArrayList<List<String>>();
            while (result.next()) {
                var row = new ArrayList<String>();
                for (var column = 1; column <= 18; column++) {
                    row.add(String.valueOf(result.getString(column)));
                }
                read.add(row);
            }
            assertThat(read).hasSize(3);
            assertThat(read.get(0))
                    .containsExactly(
                            "11",
                            "3",
                            "Вибух у \"Старому місті\"",
                            "0",
                            "0",
                            "28",
                            "A bomb hit the market, \"they\" said.",
                            "[attack, casualty]",
                            "train",
                            "[alice, bob]",
                            "[{'curator': alice, 'labels': [attack, casualty]}, {'curator': bob, 'labels': [attack]}]",
                            "rita",
                            "2024-05-01T10:15:30.123456Z",
                            "2",
                            "2024-04-30",
                            "STRUCT(curator VARCHAR, labels VARCHAR[])[]",
                            "TIMESTAMP WITH TIME ZONE",
                            "DATE");
            assertThat(read.get(1).subList(7, 15))
                    .containsExactly(
                            "[]",
                            "train",
                            "[alice]",
                            "[{'curator': alice, 'labels': []}]",
                            "rita",
                            "2024-05-01T10:15:30.123456Z",
                            "2",
                            "null");
            assertThat(read.get(2).subList(9, 15)).containsExactly("[]", "[]", "null", "null", "2", "null");
        }
    }

    @Test
    void parquet_java_reads_the_footer_with_the_schema_the_row_count_and_the_dataset_metadata() throws Exception {
        var bytes = bytes(rows());

        // The footer, as parquet-java's own format code reads it: [metadata][length][PAR1] at the end. (Its
        // file reader builds Hadoop codecs up front, so it is read at this level, without Hadoop.)
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII))
                .isEqualTo("PAR1");
        var length = ByteBuffer.wrap(bytes, bytes.length - 8, 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .getInt();
        var footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
        var parsed = new ParquetMetadataConverter().fromParquetMetadata(footer);
        assertThat(parsed.getFileMetaData().getSchema()).isEqualTo(ExportRowWriteSupport.SCHEMA);
        assertThat(footer.getNum_rows()).isEqualTo(3);
        var metadata = new TreeMap<String, String>();
        footer.getKey_value_metadata().forEach(pair -> metadata.put(pair.getKey(), pair.getValue()));
        assertThat(metadata)
                .containsEntry("tagbench.project", "Conflict news")
                .containsEntry("tagbench.language", "uk")
                .containsEntry("tagbench.format", "parquet");
        assertThat(footer.getRow_groups().getFirst().getColumns())
                .allMatch(column -> column.getMeta_data().getCodec() == CompressionCodec.GZIP);
    }

    @Test
    void many_rows_stream_through_in_row_groups_and_the_same_rows_give_the_same_bytes() throws Exception {
        var many = new ArrayList<ExportRow>();
        for (var i = 0; i < 60_000; i++) {
            many.add(row(i, "Officials said " + i + " troops moved towards the border near the city.", "train"));
        }
        var first = bytes(many);

        assertThat(bytes(many)).isEqualTo(first);
        var file = dir.resolve("many.parquet");
        Files.write(file, first);
        try (var duck = DriverManager.getConnection("jdbc:duckdb:");
                var statement = duck.createStatement()) {
            var result = statement.executeQuery(
                    "select count(*), count(distinct id), max(id) from read_parquet('" + file + "')");
            result.next();
            assertThat(List.of(result.getLong(1), result.getLong(2), result.getLong(3)))
                    .containsExactly(60_000L, 60_000L, 59_999L);
        }
    }

    @Test
    void describes_itself_as_parquet_without_a_byte_order_mark() {
        assertThat(exporter.id()).isEqualTo("parquet");
        assertThat(exporter.fileExtension()).isEqualTo("parquet");
        assertThat(exporter.mediaType()).isEqualTo("application/vnd.apache.parquet");
        assertThat(exporter.offersByteOrderMark()).isFalse();
    }

    private Path write(List<ExportRow> rows) throws IOException, SQLException {
        var file = dir.resolve("dataset.parquet");
        Files.write(file, bytes(rows));
        return file;
    }

    private byte[] bytes(List<ExportRow> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        exporter.export(description(), rows.iterator(), out);
        return out.toByteArray();
    }

    private static List<ExportRow> rows() {
        var curators = new TreeMap<String, List<String>>();
        curators.put("alice", List.of("attack", "casualty"));
        curators.put("bob", List.of("attack"));
        var approved = Instant.parse("2024-05-01T10:15:30.123456Z");
        return List.of(
                new ExportRow(
                        11,
                        3,
                        "Вибух у \"Старому місті\"",
                        LocalDate.of(2024, 4, 30),
                        0,
                        0,
                        28,
                        "A bomb hit the market, \"they\" said.",
                        List.of("attack", "casualty"),
                        "train",
                        curators,
                        "rita",
                        approved,
                        2),
                new ExportRow(
                        12,
                        3,
                        "t",
                        null,
                        1,
                        29,
                        45,
                        "Police came.",
                        List.of(),
                        "train",
                        Map.of("alice", List.of()),
                        "rita",
                        approved,
                        2),
                row(40, "Nothing happened.", "test"));
    }

    private static ExportRow row(long id, String text, String split) {
        return new ExportRow(
                id, 9, "Calm day", null, 0, 0, text.length(), text, List.of(), split, Map.of(), null, null, 2);
    }

    private static DatasetDescription description() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("format", "parquet");
        settings.put("split", "80,10,10");
        settings.put("seed", "42");
        var counts = new LinkedHashMap<String, Long>();
        counts.put("train", 2L);
        counts.put("validation", 0L);
        counts.put("test", 1L);
        return new DatasetDescription(
                "Conflict news",
                "uk",
                2,
                List.of(new Label("attack", "Attack", "#d9480f", "1", "")),
                settings,
                counts,
                counts,
                2,
                Map.of(),
                null,
                null);
    }
}
