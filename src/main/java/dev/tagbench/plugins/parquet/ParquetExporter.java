package dev.tagbench.plugins.parquet;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;

/**
 * Apache Parquet: one file, one row per approved sentence, the columns of the JSON Lines export with
 * Parquet's own types: {@code labels} and {@code annotators} lists of strings, {@code annotator_labels} a
 * list of {@code {curator, labels}}, {@code approved_at} a UTC timestamp, {@code published_on} a date.
 * GZIP-compressed row groups of at most 16 MB are written while rows stream, so memory stays bounded;
 * the same rows give the same bytes. The dataset's project, schema version and settings are in the
 * file's key-value metadata.
 */
public class ParquetExporter implements DatasetExporter {

    /** The exporter's stable id. */
    public static final String ID = "parquet";

    /** A row group is buffered in memory until it is this large, then written out. */
    static final long ROW_GROUP_BYTES = 16L * 1024 * 1024;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Apache Parquet";
    }

    @Override
    public String fileExtension() {
        return "parquet";
    }

    @Override
    public String mediaType() {
        return "application/vnd.apache.parquet";
    }

    @Override
    public void export(DatasetDescription dataset, Iterator<ExportRow> rows, OutputStream out) throws IOException {
        try (var writer = new Builder(new StreamOutputFile(out), metadata(dataset))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new GzipCodecFactory())
                .withCompressionCodec(CompressionCodecName.GZIP)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build()) {
            while (rows.hasNext()) {
                writer.write(rows.next());
            }
        }
        out.flush();
    }

    private static Map<String, String> metadata(DatasetDescription dataset) {
        var settings = new TreeMap<>(dataset.settings());
        var metadata = new TreeMap<String, String>();
        metadata.put("tagbench.project", dataset.projectName());
        metadata.put("tagbench.language", dataset.language());
        metadata.put("tagbench.schema_version", String.valueOf(dataset.schemaVersion()));
        settings.forEach((name, value) -> metadata.put("tagbench." + name, value));
        return metadata;
    }

    /**
     * parquet-java's writer for export rows, configured without Hadoop: the plain configuration and our
     * codec factory mean no Hadoop class is loaded while writing.
     */
    private static final class Builder extends ParquetWriter.Builder<ExportRow, Builder> {

        private final Map<String, String> metadata;

        Builder(OutputFile file, Map<String, String> metadata) {
            super(file);
            this.metadata = metadata;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<ExportRow> getWriteSupport(ParquetConfiguration conf) {
            return new ExportRowWriteSupport(metadata);
        }

        /** The Hadoop variant the abstract builder still declares; never called with the plain configuration. */
        @Override
        protected WriteSupport<ExportRow> getWriteSupport(Configuration conf) {
            return new ExportRowWriteSupport(metadata);
        }
    }
}
