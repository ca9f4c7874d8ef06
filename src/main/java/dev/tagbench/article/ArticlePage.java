package dev.tagbench.article;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article read in pieces: at most a page of its sentences, from the one at index {@code offset}
 * on. The original text and the removals come with the first page only (offset 0), so paging
 * through a long article sends its text once; every sentence's offsets point into that text.
 *
 * @param sentenceCount how many sentences the whole article has
 * @param text          the original text on the first page, else null
 * @param removals      what the import kept out of the sentences, on the first page, else null
 */
public record ArticlePage(
        long id,
        long projectId,
        String title,
        @Nullable LocalDate publishedOn,
        @Nullable String source,
        ArticleState state,
        int sentenceCount,
        int offset,
        @Nullable String text,
        @Nullable List<RemovedRegion> removals,
        List<Sentence> sentences) {

    public ArticlePage {
        removals = removals == null ? null : List.copyOf(removals);
        sentences = List.copyOf(sentences);
    }
}
