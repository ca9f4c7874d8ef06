package dev.tagbench.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One approved sentence with its provenance.
 *
 * @param id           the sentence id
 * @param publishedOn  the article's publication date, if known
 * @param labels       the final labels in schema order
 * @param split        {@code train}, {@code validation} or {@code test}
 * @param annotators   each curator's own labels, by username, in username order; exporters write
 *                     them as a list of {@code {curator, labels}}, so the shape of a row never
 *                     depends on who annotated it
 * @param reviewer     who approved the article (for a labelled dataset imported back: who approved it there)
 */
public record ExportRow(
        long id,
        long articleId,
        String articleTitle,
        @Nullable LocalDate publishedOn,
        int sentenceIndex,
        int start,
        int end,
        String text,
        List<String> labels,
        String split,
        Map<String, List<String>> annotators,
        @Nullable String reviewer,
        @Nullable Instant approvedAt,
        int schemaVersion) {}
