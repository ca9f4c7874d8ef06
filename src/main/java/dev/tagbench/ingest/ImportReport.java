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
 */
public record ImportReport(
        String fileName,
        List<Imported> imported,
        List<Duplicate> duplicates,
        List<Problem> problems,
        @Nullable String rejected) {

    public record Imported(long articleId, String title, int sentences) {}

    public record Duplicate(long articleId, String title) {}

    public record Problem(String where, String message) {}

    public static ImportReport rejected(String fileName, String reason) {
        return new ImportReport(fileName, List.of(), List.of(), List.of(), reason);
    }
}
