package dev.tagbench.plugins.datasets;

import static dev.tagbench.plugins.datasets.ExportFixtures.description;
import static dev.tagbench.plugins.datasets.ExportFixtures.export;
import static dev.tagbench.plugins.datasets.ExportFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlExporterTest {

    private final JsonlExporter exporter = new JsonlExporter();

    @Test
    void writes_one_compact_line_per_row_with_the_keys_in_contract_order() throws IOException {
        var text = new String(export(exporter, rows()), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("""
                {"id":11,"article_id":3,"article_title":"Blast in \\"Old Town\\"","sentence_index":0,"start":0,"end":28,\
                "text":"A bomb hit the market, \\"they\\" said.","labels":["attack","casualty"],"split":"train",\
                "annotators":["alice","bob"],"annotator_labels":[{"curator":"alice","labels":["attack","casualty"]},\
                {"curator":"bob","labels":["attack"]}],"reviewer":"rita",\
                "approved_at":"2024-05-01T10:15:30Z","schema_version":2,"published_on":"2024-04-30"}
                {"id":12,"article_id":3,"article_title":"Blast in \\"Old Town\\"","sentence_index":1,"start":29,"end":45,\
                "text":"Police came.\\nCafé closed.","labels":[],"split":"train","annotators":["alice"],\
                "annotator_labels":[{"curator":"alice","labels":[]}],\
                "reviewer":"rita","approved_at":"2024-05-01T10:15:30Z","schema_version":2,"published_on":null}
                {"id":40,"article_id":9,"article_title":"Calm day","sentence_index":0,"start":0,"end":10,\
                "text":"Nothing happened.","labels":["attack"],"split":"test","annotators":[],"annotator_labels":[],"reviewer":null,\
                "approved_at":null,"schema_version":2,"published_on":null}
                """);
    }

    @Test
    void writes_null_for_a_row_without_reviewer_or_approval() throws IOException {
        var text =
                new String(export(exporter, List.of(ExportFixtures.testRowWithoutReviewer())), StandardCharsets.UTF_8);

        assertThat(text).contains("\"reviewer\":null,\"approved_at\":null,").endsWith("}\n");
    }

    @Test
    void writes_utf8_without_escaping_non_ascii_text() throws IOException {
        var bytes = export(exporter, List.of(ExportFixtures.trainRowWithLineBreak()));

        assertThat(bytes).containsSequence("Café".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_same_rows_give_byte_identical_output() throws IOException {
        assertThat(export(exporter, rows())).isEqualTo(export(exporter, rows()));
    }

    @Test
    void writes_nothing_when_there_are_no_rows() throws IOException {
        assertThat(export(exporter, List.of())).isEmpty();
    }

    @Test
    void leaves_the_output_stream_open() throws IOException {
        var out = new ExportFixtures.CloseTrackingStream();

        exporter.export(description(), rows().iterator(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void describes_itself_as_json_lines() {
        assertThat(exporter.id()).isEqualTo("jsonl");
        assertThat(exporter.name()).isEqualTo("JSON Lines");
        assertThat(exporter.fileExtension()).isEqualTo("jsonl");
        assertThat(exporter.mediaType()).isEqualTo("application/x-ndjson; charset=utf-8");
    }
}
