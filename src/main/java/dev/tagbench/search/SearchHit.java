package dev.tagbench.search;

import dev.tagbench.article.ArticleState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sentence found.
 *
 * @param text      the clean text curators read
 * @param labels    the labels the viewer may see, in schema order: final labels of an approved article
 *                  (for those who see the review), else the curators' (or only the viewer's own)
 * @param fragments the text in pieces, {@code hit} where the words matched; together they are {@code text}
 * @param score     the rank by words or the similarity in meaning; 0 in article order
 * @param link      where the sentence opens: the review or the workbench, at the sentence
 */
public record SearchHit(
        long sentenceId,
        long articleId,
        String articleTitle,
        int index,
        String text,
        List<String> labels,
        ArticleState state,
        List<Fragment> fragments,
        double score,
        String link) {

    public SearchHit {
        labels = List.copyOf(labels);
        fragments = List.copyOf(fragments);
    }

    /** A piece of a sentence's text; {@code hit} when it matched the words. */
    public record Fragment(String text, boolean hit) {}

    /**
     * A page of hits.
     *
     * @param total       all sentences that match (with {@code similarTo}: all that could be compared),
     *                    at most {@link SearchService#MAX_REACH}, as far as pages reach
     * @param notEmbedded with {@code similarTo}: matching sentences left out because no vector of
     *                    them is stored yet (see docs/architecture.md, "Search and history")
     * @param more        whether more sentences match than {@code total} says: counting stops there
     */
    public record Page(
            int total, List<SearchHit> items, @Nullable Integer notEmbedded, boolean more) {

        public Page {
            items = List.copyOf(items);
        }
    }
}
