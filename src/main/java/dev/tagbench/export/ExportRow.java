package dev.tagbench.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One approved sentence with its provenance.
 *
 * @param id          the sentence id
 * @param labels      the final labels in schema order
 * @param split       {@code train}, {@code validation} or {@code test}
 * @param annotators  each curator's own labels, by username, in username order
 * @param reviewer    who approved the article
 */
public record ExportRow(
        long id,
        long articleId,
        String articleTitle,
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
