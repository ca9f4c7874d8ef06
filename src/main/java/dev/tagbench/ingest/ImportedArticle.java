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
 */
public record ImportedArticle(
        String text,
        @Nullable String title,
        @Nullable LocalDate publishedOn,
        @Nullable String source,
        @Nullable String url,
        Map<String, String> metadata,
        List<Removal> removals) {

    public ImportedArticle {
        metadata = Map.copyOf(metadata);
        removals = List.copyOf(removals);
    }

    public static ImportedArticle ofText(String text) {
        return new ImportedArticle(text, null, null, null, null, Map.of(), List.of());
    }
}
