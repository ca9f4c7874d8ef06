package dev.tagbench.export;

import dev.tagbench.project.Label;
import java.util.List;
import java.util.Map;

/**
 * What a dataset export contains, for dataset cards and file headers.
 *
 * @param settings the export settings as given, e.g. {@code split=80,10,10}, {@code seed=42}
 * @param counts   row counts per split
 */
public record DatasetDescription(String projectName, int schemaVersion, List<Label> labels,
        Map<String, String> settings, Map<String, Long> counts) {}
