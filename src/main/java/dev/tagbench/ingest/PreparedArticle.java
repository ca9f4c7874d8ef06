package dev.tagbench.ingest;

import java.util.List;

/** An imported article after cleaning and splitting: what will be stored. */
record PreparedArticle(
        ImportedArticle imported,
        String title,
        List<SourcedRemoval> removals,
        List<TextSpan> sentences,
        List<String> cleanTexts,
        String contentHash) {

    /** A removal with the id of the plugin that made it. */
    record SourcedRemoval(Removal removal, String source) {}
}
