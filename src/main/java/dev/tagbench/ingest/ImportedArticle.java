package dev.tagbench.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One article as an importer read it, before cleaning and sentence splitting.
 *
 * @param text        the article text, stored exactly as given; sentences become offsets into it
 * @param title       the title if the format carries one; otherwise the pipeline finds one
 * @param publishedOn the publication date if known
 * @param source      the publisher or feed, if known
 * @param url         the article's address, if known
 * @param metadata    any further fields of the format, kept with the article
 * @param removals    regions of {@code text} the format already knows are not content (a header line)
 * @param labels      labels of the whole text when the file carries them (a labelled dataset being
 *                    imported back); used only when the import asks to keep labels
 */
public record ImportedArticle(
        String text,
        @Nullable String title,
        @Nullable LocalDate publishedOn,
        @Nullable String source,
        @Nullable String url,
        Map<String, String> metadata,
        List<Removal> removals,
        @Nullable List<String> labels) {

    public ImportedArticle {
        metadata = Map.copyOf(metadata);
        removals = List.copyOf(removals);
        labels = labels == null ? null : List.copyOf(labels);
    }

    public ImportedArticle(
            String text,
            @Nullable String title,
            @Nullable LocalDate publishedOn,
            @Nullable String source,
            @Nullable String url,
            Map<String, String> metadata,
            List<Removal> removals) {
        this(text, title, publishedOn, source, url, metadata, removals, null);
    }

    public ImportedArticle withLabels(List<String> keys) {
        return new ImportedArticle(text, title, publishedOn, source, url, metadata, removals, keys);
    }

    public static ImportedArticle ofText(String text) {
        return new ImportedArticle(text, null, null, null, null, Map.of(), List.of());
    }
}
