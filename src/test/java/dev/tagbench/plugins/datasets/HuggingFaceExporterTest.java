package dev.tagbench.plugins.datasets;

import static dev.tagbench.plugins.datasets.ExportFixtures.description;
import static dev.tagbench.plugins.datasets.ExportFixtures.export;
import static dev.tagbench.plugins.datasets.ExportFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.ExportRow;
import dev.tagbench.project.Label;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuggingFaceExporterTest {

    private final HuggingFaceExporter exporter = new HuggingFaceExporter();

    @Test
    void writes_the_three_split_files_then_the_dataset_card_in_that_order() throws IOException {
        var entries = unzip(export(exporter, rows()));

        assertThat(entries.keySet()).containsExactly("train.jsonl", "validation.jsonl", "test.jsonl", "README.md");
    }

    @Test
    void the_central_directory_lists_the_same_entries_for_tools_that_read_it(@TempDir Path dir) throws IOException {
        var file = Files.write(dir.resolve("dataset.zip"), export(exporter, rows()));

        try (var zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .containsExactly("train.jsonl", "validation.jsonl", "test.jsonl", "README.md");
        }
    }

    @Test
    void each_split_file_equals_the_jsonl_export_of_that_splits_rows() throws IOException {
        var entries = unzip(export(exporter, rows()));
        var jsonl = new JsonlExporter();

        assertThat(entries.get("train.jsonl"))
                .isEqualTo(export(jsonl, List.of(ExportFixtures.trainRow(), ExportFixtures.trainRowWithLineBreak())));
        assertThat(entries.get("test.jsonl"))
                .isEqualTo(export(jsonl, List.of(ExportFixtures.testRowWithoutReviewer())));
    }

    @Test
    void writes_empty_files_for_splits_without_rows() throws IOException {
        var entries = unzip(export(exporter, rows()));
        var nothing = unzip(export(exporter, List.of()));

        assertThat(entries.get("validation.jsonl")).isEmpty();
        assertThat(nothing.keySet()).containsExactly("train.jsonl", "validation.jsonl", "test.jsonl", "README.md");
        assertThat(nothing.get("train.jsonl")).isEmpty();
        assertThat(nothing.get("test.jsonl")).isEmpty();
    }

    @Test
    void the_card_counts_each_label_per_split_as_the_rows_stream_past() throws IOException {
        var card = card(export(exporter, rows()));

        assertThat(card).contains("""
                | Label | train | validation | test | total |
                | --- | ---: | ---: | ---: | ---: |
                | attack | 1 | 0 | 1 | 2 |
                | casualty | 1 | 0 | 0 | 1 |
                | (all sentences) | 2 | 0 | 1 | 3 |
                """);
    }

    @Test
    void the_card_lists_the_sha256_of_each_split_file() throws IOException {
        var entries = unzip(export(exporter, rows()));
        var card = new String(entries.get("README.md"), StandardCharsets.UTF_8);

        for (var split : DatasetDescription.SPLITS) {
            var file = split + ".jsonl";
            assertThat(card).contains("| " + file + " | " + sha256(entries.get(file)) + " |\n");
        }
    }

    @Test
    void the_card_starts_with_front_matter_the_hub_reads() throws IOException {
        var card = card(export(exporter, rows()));

        assertThat(card).startsWith("""
                ---
                pretty_name: "Conflict news"
                language:
                - en
                task_categories:
                - text-classification
                size_categories:
                - n<1K
                configs:
                - config_name: default
                  data_files:
                  - split: train
                    path: train.jsonl
                  - split: validation
                    path: validation.jsonl
                  - split: test
                    path: test.jsonl
                ---

                # Conflict news
                """);
    }

    @Test
    void the_card_describes_labels_splits_agreement_settings_and_date() throws IOException {
        var card = card(export(exporter, rows()));

        assertThat(card)
                .contains("| attack | Attack report | A sentence reporting an attack |\n")
                .contains("| casualty | Casualty | Someone was hurt \\| killed |\n")
                .contains("| train | 1 | 2 |\n| validation | 0 | 0 |\n| test | 1 | 1 |\n| total | 2 | 3 |\n")
                .contains("Curators: 2.")
                .contains("| attack | 0.812 |\n| casualty | n/a |\n| overall | 0.700 |\n")
                .contains("| format | hf |\n| seed | 42 |\n| split | 80,10,10 |\n")
                .contains("## Dataset date\n\n2024-05-01");
    }

    @Test
    void the_card_says_unknown_when_the_dataset_has_no_date() throws IOException {
        var d = description();
        var undated = new DatasetDescription(
                d.projectName(),
                "en",
                d.schemaVersion(),
                d.labels(),
                d.settings(),
                d.sentencesPerSplit(),
                d.articlesPerSplit(),
                d.curators(),
                d.agreement(),
                null,
                null);

        assertThat(card(export(exporter, undated, rows()))).contains("## Dataset date\n\nunknown\n");
    }

    @Test
    void project_and_label_names_cannot_inject_front_matter_html_or_table_cells() throws IOException {
        var d = description();
        var label = new Label("evil", "<script>alert(1)</script> | x", "#000000", null, "line\n---\ntitle: owned");
        var hostile = new DatasetDescription(
                "News \"A\" \\ B\n---\n<b>x</b>",
                "en",
                d.schemaVersion(),
                List.of(label),
                Map.of("note", "a|b\nc"),
                d.sentencesPerSplit(),
                d.articlesPerSplit(),
                d.curators(),
                Map.of(),
                null,
                null);

        var card = card(export(exporter, hostile, List.of()));

        assertThat(card)
                .contains("pretty_name: \"News \\\"A\\\" \\\\ B --- <b>x</b>\"\n")
                .contains("# News \"A\" \\\\ B --- &lt;b&gt;x&lt;/b&gt;\n")
                .contains("| evil | &lt;script&gt;alert(1)&lt;/script&gt; \\| x | line --- title: owned |\n")
                .contains("| note | a\\|b c |\n")
                .doesNotContain("<script>", "\ntitle: owned");
        // The YAML string keeps the name as written; only the rendered Markdown must be free of HTML.
        assertThat(card.substring(card.indexOf("\n# "))).doesNotContain("<b>");
        // Exactly one front-matter block: the opening and closing fences, and no other line of only dashes.
        assertThat(card.lines().filter("---"::equals)).hasSize(2);
    }

    @Test
    void the_same_rows_give_byte_identical_zips() throws IOException {
        assertThat(export(exporter, rows())).isEqualTo(export(exporter, rows()));
    }

    @Test
    void the_zip_does_not_depend_on_the_servers_time_zone() throws IOException {
        var original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            var west = export(exporter, rows());
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            var east = export(exporter, rows());

            assertThat(west).isEqualTo(east);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void every_entry_is_deflated_with_a_fixed_time_and_no_extra_fields() throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export(exporter, rows())))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                assertThat(entry.getTimeLocal()).isEqualTo(HuggingFaceExporter.ENTRY_TIME);
                assertThat(entry.getExtra()).isNull();
            }
        }
    }

    @Test
    void refuses_rows_that_go_back_to_an_earlier_split() {
        var rows = List.of(ExportFixtures.testRowWithoutReviewer(), ExportFixtures.trainRow());

        assertThatThrownBy(() -> export(exporter, rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'train' arrived after rows of 'test'");
    }

    @Test
    void refuses_rows_of_an_unknown_split() {
        var row = ExportFixtures.trainRow();
        var odd = new ExportRow(
                row.id(),
                row.articleId(),
                row.articleTitle(),
                null,
                row.sentenceIndex(),
                row.start(),
                row.end(),
                row.text(),
                row.labels(),
                "dev",
                row.annotators(),
                row.reviewer(),
                row.approvedAt(),
                2);

        assertThatThrownBy(() -> export(exporter, List.of(odd)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown split 'dev'");
    }

    @Test
    void leaves_the_output_stream_open() throws IOException {
        var out = new ExportFixtures.CloseTrackingStream();

        exporter.export(description(), rows().iterator(), out);

        assertThat(out.closed).isFalse();
        assertThat(unzip(out.toByteArray())).containsKey("README.md");
    }

    @Test
    void describes_itself_as_the_hugging_face_layout() {
        assertThat(exporter.id()).isEqualTo("hf");
        assertThat(exporter.name()).isEqualTo("Hugging Face datasets layout (ZIP)");
        assertThat(exporter.fileExtension()).isEqualTo("zip");
        assertThat(exporter.mediaType()).isEqualTo("application/zip");
    }

    private static String card(byte[] zip) throws IOException {
        return new String(unzip(zip).get("README.md"), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
