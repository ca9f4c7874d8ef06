package dev.tagbench.plugins.parquet;

import dev.tagbench.export.ExportRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.jspecify.annotations.Nullable;

/**
 * Writes export rows field by field into parquet-java's record consumer, in the columns and order of
 * the JSON Lines export. Lists use Parquet's standard three-level {@code LIST} layout, which DuckDB,
 * pyarrow and pandas read as lists; an empty list is an empty group, never null.
 */
final class ExportRowWriteSupport extends WriteSupport<ExportRow> {

    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message tagbench_sentence {
              required int64 id;
              required int64 article_id;
              required binary article_title (STRING);
              required int32 sentence_index;
              required int32 start;
              required int32 end;
              required binary text (STRING);
              required group labels (LIST) { repeated group list { required binary element (STRING); } }
              required binary split (STRING);
              required group annotators (LIST) { repeated group list { required binary element (STRING); } }
              required group annotator_labels (LIST) {
                repeated group list {
                  required group element {
                    required binary curator (STRING);
                    required group labels (LIST) { repeated group list { required binary element (STRING); } }
                  }
                }
              }
              optional binary reviewer (STRING);
              optional int64 approved_at (TIMESTAMP(MICROS, true));
              required int32 schema_version;
              optional int32 published_on (DATE);
            }""");

    private final Map<String, String> metadata;
    private @Nullable RecordConsumer out;

    ExportRowWriteSupport(Map<String, String> metadata) {
        this.metadata = Map.copyOf(metadata);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(SCHEMA, metadata);
    }

    /** The Hadoop variant the abstract class still declares; the plain configuration never calls it. */
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(SCHEMA, metadata);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(ExportRow row) {
        var record = consumer();
        record.startMessage();
        field(0, "id", () -> record.addLong(row.id()));
        field(1, "article_id", () -> record.addLong(row.articleId()));
        field(2, "article_title", () -> record.addBinary(Binary.fromString(row.articleTitle())));
        field(3, "sentence_index", () -> record.addInteger(row.sentenceIndex()));
        field(4, "start", () -> record.addInteger(row.start()));
        field(5, "end", () -> record.addInteger(row.end()));
        field(6, "text", () -> record.addBinary(Binary.fromString(row.text())));
        field(7, "labels", () -> strings(row.labels()));
        field(8, "split", () -> record.addBinary(Binary.fromString(row.split())));
        field(9, "annotators", () -> strings(List.copyOf(row.annotators().keySet())));
        field(10, "annotator_labels", () -> curators(row.annotators()));
        if (row.reviewer() != null) {
            field(11, "reviewer", () -> record.addBinary(Binary.fromString(row.reviewer())));
        }
        if (row.approvedAt() != null) {
            var micros = ChronoUnit.MICROS.between(Instant.EPOCH, row.approvedAt());
            field(12, "approved_at", () -> record.addLong(micros));
        }
        field(13, "schema_version", () -> record.addInteger(row.schemaVersion()));
        if (row.publishedOn() != null) {
            field(
                    14,
                    "published_on",
                    () -> record.addInteger((int) row.publishedOn().toEpochDay()));
        }
        record.endMessage();
    }

    private void field(int index, String name, Runnable value) {
        var record = consumer();
        record.startField(name, index);
        value.run();
        record.endField(name, index);
    }

    /** A {@code LIST} of strings: the outer group, then one {@code list} group per element. */
    private void strings(List<String> values) {
        var record = consumer();
        record.startGroup();
        if (!values.isEmpty()) {
            record.startField("list", 0);
            for (var value : values) {
                record.startGroup();
                record.startField("element", 0);
                record.addBinary(Binary.fromString(value));
                record.endField("element", 0);
                record.endGroup();
            }
            record.endField("list", 0);
        }
        record.endGroup();
    }

    /** The {@code LIST} of {@code {curator, labels}}, in the row's username order. */
    private void curators(Map<String, List<String>> annotators) {
        var record = consumer();
        record.startGroup();
        if (!annotators.isEmpty()) {
            record.startField("list", 0);
            annotators.forEach((curator, labels) -> {
                record.startGroup();
                record.startField("element", 0);
                record.startGroup();
                field(0, "curator", () -> record.addBinary(Binary.fromString(curator)));
                field(1, "labels", () -> strings(labels));
                record.endGroup();
                record.endField("element", 0);
                record.endGroup();
            });
            record.endField("list", 0);
        }
        record.endGroup();
    }

    private RecordConsumer consumer() {
        var record = out;
        if (record == null) {
            throw new IllegalStateException("prepareForWrite was not called");
        }
        return record;
    }
}
