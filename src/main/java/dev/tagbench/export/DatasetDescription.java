package dev.tagbench.export;

import dev.tagbench.project.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a dataset export contains, for dataset cards and file headers. Everything here is derived
 * from the data, the settings and earlier exports, never from the clock, so the same data and
 * settings describe themselves identically.
 *
 * @param language           the language of the texts (BCP 47, e.g. {@code en}), the project's setting
 * @param settings           the export settings, e.g. {@code format=hf}, {@code split=80,10,10}, {@code seed=42},
 *                           and options such as {@code bom=true}
 * @param sentencesPerSplit  rows per split, for {@code train}, {@code validation}, {@code test} in that order
 * @param articlesPerSplit   articles per split, same order
 * @param curators           how many curators' labels the rows carry
 * @param agreement          Krippendorff's alpha per label key (null where undefined), plus {@code "overall"}
 * @param dataDate           the latest approval among the exported articles: the dataset's date
 * @param growth             the earlier export this one grew from, null for the first with these settings
 */
public record DatasetDescription(
        String projectName,
        String language,
        int schemaVersion,
        List<Label> labels,
        Map<String, String> settings,
        Map<String, Long> sentencesPerSplit,
        Map<String, Long> articlesPerSplit,
        int curators,
        Map<String, @Nullable Double> agreement,
        @Nullable LocalDate dataDate,
        @Nullable Growth growth) {

    /** The split names in the order rows arrive. */
    public static final List<String> SPLITS = List.of("train", "validation", "test");

    /** The setting that asks for a UTF-8 byte-order mark, for spreadsheets. */
    public static final String BYTE_ORDER_MARK = "bom";

    public long sentences() {
        return sentencesPerSplit.values().stream().mapToLong(Long::longValue).sum();
    }

    public long articles() {
        return articlesPerSplit.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether the export asked for a UTF-8 byte-order mark. */
    public boolean byteOrderMark() {
        return "true".equals(settings.get(BYTE_ORDER_MARK));
    }
}
