package dev.tagbench.search;

import dev.tagbench.article.ArticleState;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in a project; every filter is optional and they combine with "and".
 *
 * @param q              full text: words (stemmed), "quoted phrases", {@code or}, {@code -word}
 * @param label          a label key: final labels where the article is approved, else any curator's
 *                       (only the viewer's own where they see only those)
 * @param curator        a curator's username: sentences they decided
 * @param state          the article's state
 * @param disagreement   {@code any}, or a label key: curators who decided the sentence disagree (on that label)
 * @param suggestion     a label key: sentences with a suggestion of it scored at least {@code minScore}
 * @param minScore       the least score of a {@code suggestion}, 0.5 when not given
 * @param from           the article's date, from this day
 * @param to             the article's date, up to this day
 * @param similarTo      a sentence id: ranks by meaning, nearest first
 * @param sort           {@link Sort#RELEVANCE} (the default) or {@link Sort#ARTICLE}
 * @param page           from 0
 * @param size           1 to {@link SearchService#MAX_PAGE_SIZE}
 */
public record SearchRequest(
        @Nullable String q,
        @Nullable String label,
        @Nullable String curator,
        @Nullable ArticleState state,
        @Nullable String disagreement,
        @Nullable String suggestion,
        @Nullable Double minScore,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long similarTo,
        Sort sort,
        int page,
        int size) {

    /** The order of the hits. */
    public enum Sort {
        /** Best match first (nearest first with {@code similarTo}); article order without words. */
        RELEVANCE,
        /** Articles in import order, sentences in reading order. */
        ARTICLE
    }

    /** Everything, in article order, first page. */
    public static SearchRequest all() {
        return new SearchRequest(null, null, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, 20);
    }

    public SearchRequest withQuery(@Nullable String query) {
        return new SearchRequest(
                query,
                label,
                curator,
                state,
                disagreement,
                suggestion,
                minScore,
                from,
                to,
                similarTo,
                sort,
                page,
                size);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(
                q,
                label,
                curator,
                state,
                disagreement,
                suggestion,
                minScore,
                from,
                to,
                similarTo,
                sort,
                newPage,
                newSize);
    }

    /** The words, or null when there are none. */
    @Nullable
    String words() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
