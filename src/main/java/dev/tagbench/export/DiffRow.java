package dev.tagbench.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row that differs between two exports.
 *
 * @param id     the sentence id (the {@code id} of the exported row)
 * @param change {@code added} (only in the later export), {@code removed} (only in the earlier one) or
 *               {@code changed} (in both, with other text, labels or split)
 * @param before the row in the earlier export; null when added
 * @param after  the row in the later export; null when removed
 */
public record DiffRow(
        long id,
        long articleId,
        String change,
        @Nullable Side before,
        @Nullable Side after) {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";

    /** What an export held of the row. */
    public record Side(int sentenceIndex, String text, List<String> labels, String split) {}
}
