package dev.tagbench.plugins.datasets;

import dev.tagbench.export.ExportRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes export rows as JSON Lines (UTF-8, one compact object per row, each ended by {@code \n})
 * straight onto a stream, with the keys always in the same order. Closing it flushes but leaves the
 * stream open.
 */
final class JsonlWriter implements AutoCloseable {

    // No root separator: Jackson would put a space between objects; the line ends are written by hand.
    private static final JsonFactory JSON = JsonFactory.builder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;

    JsonlWriter(OutputStream out) {
        this.json = JSON.createGenerator(out);
    }

    void write(ExportRow row) throws IOException {
        try {
            json.writeStartObject();
            json.writeNumberProperty("id", row.id());
            json.writeNumberProperty("article_id", row.articleId());
            json.writeStringProperty("article_title", row.articleTitle());
            json.writeNumberProperty("sentence_index", row.sentenceIndex());
            json.writeNumberProperty("start", row.start());
            json.writeNumberProperty("end", row.end());
            json.writeStringProperty("text", row.text());
            json.writeName("labels");
            writeArray(row.labels());
            json.writeStringProperty("split", row.split());
            // The row's map is already in username order; iterating it keeps that order.
            json.writeName("annotators");
            writeArray(List.copyOf(row.annotators().keySet()));
            // A list, not an object keyed by username: the row's shape never depends on who annotated it.
            json.writeArrayPropertyStart("annotator_labels");
            for (var annotator : row.annotators().entrySet()) {
                json.writeStartObject();
                json.writeStringProperty("curator", annotator.getKey());
                json.writeName("labels");
                writeArray(annotator.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeNullable("reviewer", row.reviewer());
            writeNullable(
                    "approved_at",
                    row.approvedAt() == null ? null : row.approvedAt().toString());
            json.writeNumberProperty("schema_version", row.schemaVersion());
            writeNullable(
                    "published_on",
                    row.publishedOn() == null ? null : row.publishedOn().toString());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            // Jackson 3 wraps stream failures unchecked; the exporter contract reports them as IOException.
            throw e.getCause();
        }
    }

    private void writeArray(List<String> values) {
        json.writeStartArray();
        for (var value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void writeNullable(String name, @Nullable String value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, value);
        }
    }

    /** Flushes what is buffered; the stream stays open. */
    @Override
    public void close() throws IOException {
        try {
            json.close();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
