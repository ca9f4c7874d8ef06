package dev.tagbench.export;

import dev.tagbench.user.AppUser;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a diff as one JSON object while its rows stream from the database: {@code from}, {@code to},
 * {@code rows}, then the counts, which are known only once the rows are through.
 */
final class DiffJson {

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private DiffJson() {}

    /** The document as the OpenAPI description shows it; the counts follow the rows in the stream. */
    record Document(long from, long to, List<DiffRow> rows, long added, long removed, long changed) {}

    static void write(DatasetDiffService diffs, AppUser actor, long projectId, long from, long to, OutputStream out)
            throws IOException {
        try (var json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("from", from);
            json.writeNumberProperty("to", to);
            json.writeArrayPropertyStart("rows");
            var counts = diffs.each(actor, projectId, from, to, row -> write(json, row));
            json.writeEndArray();
            json.writeNumberProperty("added", counts.added());
            json.writeNumberProperty("removed", counts.removed());
            json.writeNumberProperty("changed", counts.changed());
            json.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static void write(JsonGenerator json, DiffRow row) {
        json.writeStartObject();
        json.writeNumberProperty("id", row.id());
        json.writeNumberProperty("articleId", row.articleId());
        json.writeStringProperty("change", row.change());
        side(json, "before", row.before());
        side(json, "after", row.after());
        json.writeEndObject();
    }

    private static void side(JsonGenerator json, String name, DiffRow.@Nullable Side side) {
        if (side == null) {
            return;
        }
        json.writeObjectPropertyStart(name);
        json.writeNumberProperty("sentenceIndex", side.sentenceIndex());
        json.writeStringProperty("text", side.text());
        json.writeArrayPropertyStart("labels");
        side.labels().forEach(json::writeString);
        json.writeEndArray();
        json.writeStringProperty("split", side.split());
        json.writeEndObject();
    }
}
