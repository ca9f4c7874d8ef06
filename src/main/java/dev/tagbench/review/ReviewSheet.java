package dev.tagbench.review;

import dev.tagbench.article.ArticleState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An article as its reviewer sees it.
 *
 * @param heldBy     the reviewer holding the review, if it has started
 * @param heldByMe   whether that is the caller, who may then change it
 * @param returnable whether the caller may send it back to review (approved, and the caller manages it)
 * @param curators   usernames of the curators who submitted
 * @param sentences  in article order
 */
public record ReviewSheet(
        long articleId,
        String title,
        ArticleState state,
        @Nullable String heldBy,
        boolean heldByMe,
        boolean returnable,
        List<String> curators,
        List<Row> sentences) {

    /**
     * One sentence under review.
     *
     * @param byAnnotator  each submitted curator's labels
     * @param finalLabels  the reviewer's decision, or null while there is none
     * @param finalVersion 0 while there is no decision; send it back to change the decision safely
     * @param agreed       whether all submitted curators chose the same labels
     */
    public record Row(
            long sentenceId,
            int index,
            String text,
            Map<String, List<String>> byAnnotator,
            @Nullable List<String> finalLabels,
            int finalVersion,
            boolean agreed,
            List<Comment> comments) {}

    /** A reviewer's comment on a sentence. */
    public record Comment(String author, String body, Instant at) {}

    /** Whether it waits for a reviewer to take it: annotated, or returned for a correction. */
    public boolean waitingForReviewer() {
        return state == ArticleState.ANNOTATED || state == ArticleState.IN_REVIEW && heldBy == null;
    }

    /** The same sheet with one sentence's final labels as just saved. */
    public ReviewSheet withFinal(long sentenceId, List<String> labels, int version) {
        var changed = sentences.stream()
                .map(row -> row.sentenceId() != sentenceId
                        ? row
                        : new Row(
                                row.sentenceId(),
                                row.index(),
                                row.text(),
                                row.byAnnotator(),
                                labels,
                                version,
                                row.agreed(),
                                row.comments()))
                .toList();
        return new ReviewSheet(articleId, title, state, heldBy, heldByMe, returnable, curators, changed);
    }

    public long undecided() {
        return sentences.stream().filter(row -> row.finalLabels() == null).count();
    }
}
