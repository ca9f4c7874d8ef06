package dev.tagbench.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A fully prepared article, ready to store: text, sentence offsets and where it came from. */
public record NewArticle(
        long projectId,
        String title,
        @Nullable LocalDate publishedOn,
        @Nullable String source,
        @Nullable String url,
        @Nullable String fileName,
        String text,
        String contentHash,
        String importerId,
        String segmenterId,
        List<RemovedRegion> removals,
        Map<String, String> metadata,
        List<SentenceSpan> sentences) {

    /** A sentence's offsets into {@link #text()} and its clean text (see {@link Sentence#cleanText()}). */
    public record SentenceSpan(int start, int end, String cleanText) {}
}
