package dev.tagbench.ingest;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An imported article after cleaning and splitting: what will be stored.
 *
 * @param sentenceLabels the final labels of each sentence, for an article rebuilt from a labelled dataset
 * @param approvedAt     when the dataset says the article was approved, if it says
 * @param approval       what the article's history records about that approval
 */
record PreparedArticle(
        ImportedArticle imported,
        String title,
        List<SourcedRemoval> removals,
        List<TextSpan> sentences,
        List<String> cleanTexts,
        String contentHash,
        @Nullable List<List<String>> sentenceLabels,
        @Nullable Instant approvedAt,
        String approval) {

    PreparedArticle(
            ImportedArticle imported,
            String title,
            List<SourcedRemoval> removals,
            List<TextSpan> sentences,
            List<String> cleanTexts,
            String contentHash) {
        this(imported, title, removals, sentences, cleanTexts, contentHash, null, null, LabelledArticles.IMPORTED);
    }

    /** A removal with the id of the plugin that made it. */
    record SourcedRemoval(Removal removal, String source) {}
}
