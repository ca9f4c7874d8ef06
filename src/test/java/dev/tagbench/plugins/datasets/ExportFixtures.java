package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportRow;
import dev.tagbench.project.Label;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rows and a description shared by the exporter tests. */
final class ExportFixtures {

    private ExportFixtures() {}

    static final Label ATTACK = new Label("attack", "Attack report", "#d9480f", "1", "A sentence reporting an attack");
    static final Label CASUALTY = new Label("casualty", "Casualty", "#1971c2", "2", "Someone was hurt | killed");

    /** A train row with two curators, a reviewer and an approval time. */
    static ExportRow trainRow() {
        var annotators = new TreeMap<String, List<String>>();
        annotators.put("alice", List.of("attack", "casualty"));
        annotators.put("bob", List.of("attack"));
        return new ExportRow(
                11,
                3,
                "Blast in \"Old Town\"",
                LocalDate.of(2024, 4, 30),
                0,
                0,
                28,
                "A bomb hit the market, \"they\" said.",
                List.of("attack", "casualty"),
                "train",
                annotators,
                "rita",
                Instant.parse("2024-05-01T10:15:30Z"),
                2);
    }

    /** A second train row whose text spans two lines and whose curator gave no label. */
    static ExportRow trainRowWithLineBreak() {
        return new ExportRow(
                12,
                3,
                "Blast in \"Old Town\"",
                null,
                1,
                29,
                45,
                "Police came.\nCafé closed.",
                List.of(),
                "train",
                Map.of("alice", List.of()),
                "rita",
                Instant.parse("2024-05-01T10:15:30Z"),
                2);
    }

    /** A test row of an article nobody has approved or reviewed yet. */
    static ExportRow testRowWithoutReviewer() {
        return new ExportRow(
                40,
                9,
                "Calm day",
                null,
                0,
                0,
                10,
                "Nothing happened.",
                List.of("attack"),
                "test",
                Map.of(),
                null,
                null,
                2);
    }

    static List<ExportRow> rows() {
        return List.of(trainRow(), trainRowWithLineBreak(), testRowWithoutReviewer());
    }

    static DatasetDescription description() {
        var agreement = new LinkedHashMap<String, Double>();
        agreement.put("attack", 0.81234);
        agreement.put("casualty", null);
        agreement.put("overall", 0.7);
        var settings = new LinkedHashMap<String, String>();
        settings.put("split", "80,10,10");
        settings.put("format", "hf");
        settings.put("seed", "42");
        return new DatasetDescription(
                "Conflict news",
                "en",
                2,
                List.of(ATTACK, CASUALTY),
                settings,
                splitCounts(2, 0, 1),
                splitCounts(1, 0, 1),
                2,
                agreement,
                LocalDate.of(2024, 5, 1),
                null);
    }

    static Map<String, Long> splitCounts(long train, long validation, long test) {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("train", train);
        counts.put("validation", validation);
        counts.put("test", test);
        return counts;
    }

    static byte[] export(DatasetExporter exporter, DatasetDescription dataset, List<ExportRow> rows)
            throws IOException {
        var out = new ByteArrayOutputStream();
        exporter.export(dataset, rows.iterator(), out);
        return out.toByteArray();
    }

    static byte[] export(DatasetExporter exporter, List<ExportRow> rows) throws IOException {
        return export(exporter, description(), rows);
    }

    /** Remembers whether anyone closed it, to check that exporters leave the download open. */
    static final class CloseTrackingStream extends ByteArrayOutputStream {

        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
