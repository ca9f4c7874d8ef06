package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.export.ExportRow;
import dev.tagbench.project.Label;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts rows and labels per split while the rows stream past, so the dataset card can report them
 * without keeping any row. Labels appear in schema order; a label missing from the schema follows,
 * in the order it was first seen.
 */
final class SplitTally {

    private static final List<String> SPLITS = DatasetDescription.SPLITS;

    private final long[] rows = new long[SPLITS.size()];
    private final Map<String, long[]> labels = new LinkedHashMap<>();

    SplitTally(List<Label> schema) {
        schema.forEach(label -> labels.put(label.key(), new long[SPLITS.size()]));
    }

    void count(ExportRow row, int split) {
        rows[split]++;
        for (var label : row.labels()) {
            labels.computeIfAbsent(label, key -> new long[SPLITS.size()])[split]++;
        }
    }

    long rows(int split) {
        return rows[split];
    }

    long rows() {
        var total = 0L;
        for (var count : rows) {
            total += count;
        }
        return total;
    }

    /** Label key to its count per split, in {@link DatasetDescription#SPLITS} order. */
    Map<String, long[]> labels() {
        return labels;
    }
}
