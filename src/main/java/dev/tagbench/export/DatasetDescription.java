package dev.tagbench.export;

import dev.tagbench.project.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a dataset export contains, for dataset cards and file headers. Everything here is derived
 * from the data and the settings, never from the clock, so the same data and settings describe
 * themselves identically.
 *
 * @param settings           the export settings, e.g. {@code format=hf}, {@code split=80,10,10}, {@code seed=42}
 * @param sentencesPerSplit  rows per split, for {@code train}, {@code validation}, {@code test} in that order
 * @param articlesPerSplit   articles per split, same order
 * @param curators           how many curators' labels the rows carry
 * @param agreement          Krippendorff's alpha per label key (null where undefined), plus {@code "overall"}
 * @param dataDate           the latest approval among the exported articles: the dataset's date
 */
public record DatasetDescription(
        String projectName,
        int schemaVersion,
        List<Label> labels,
        Map<String, String> settings,
        Map<String, Long> sentencesPerSplit,
        Map<String, Long> articlesPerSplit,
        int curators,
        Map<String, @Nullable Double> agreement,
        @Nullable LocalDate dataDate) {

    /** The split names in the order rows arrive. */
    public static final List<String> SPLITS = List.of("train", "validation", "test");

    public long sentences() {
        return sentencesPerSplit.values().stream().mapToLong(Long::longValue).sum();
    }

    public long articles() {
        return articlesPerSplit.values().stream().mapToLong(Long::longValue).sum();
    }
}
