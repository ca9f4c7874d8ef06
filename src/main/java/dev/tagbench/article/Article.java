package dev.tagbench.article;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An imported article with its sentences.
 *
 * @param text     the original text exactly as imported; sentences and removals are offsets into it
 * @param removals what the import pipeline kept out of the sentences, in text order
 */
public record Article(
        long id,
        long projectId,
        String title,
        @Nullable LocalDate publishedOn,
        @Nullable String source,
        @Nullable String url,
        String text,
        ArticleState state,
        String segmenterId,
        List<Sentence> sentences,
        List<RemovedRegion> removals) {

    public Article {
        sentences = List.copyOf(sentences);
        removals = List.copyOf(removals);
    }
}
