package dev.tagbench.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one uploaded file.
 *
 * @param imported   articles stored from it
 * @param duplicates articles it contained that the project already had
 * @param problems   parts that could not be imported while the rest was (or, when {@code rejected}
 *                   is set, nothing was)
 * @param rejected   why the whole file was refused, if it was; nothing of it is stored then
 * @param warnings   what the person importing should check about the whole file, such as the
 *                   encoding it was read in when it was not UTF-8; each once
 */
public record ImportReport(
        String fileName,
        List<Imported> imported,
        List<Duplicate> duplicates,
        List<Problem> problems,
        @Nullable String rejected,
        List<String> warnings) {

    /** Every text of a report is bounded here, whatever importer or plugin produced it. */
    public ImportReport {
        fileName = ReportText.fileName(fileName);
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
        rejected = rejected == null ? null : ReportText.bound(rejected);
        warnings = warnings.stream().map(ReportText::bound).toList();
    }

    public record Imported(long articleId, String title, int sentences) {}

    public record Duplicate(long articleId, String title) {}

    public record Problem(String where, String message) {

        public Problem {
            where = ReportText.quote(where);
            message = ReportText.bound(message);
        }
    }

    public static ImportReport rejected(String fileName, String reason) {
        return rejected(fileName, reason, List.of());
    }

    public static ImportReport rejected(String fileName, String reason, List<String> warnings) {
        return new ImportReport(fileName, List.of(), List.of(), List.of(), reason, warnings);
    }
}
