package dev.tagbench.review.ui;

import dev.tagbench.article.ArticleState;
import dev.tagbench.review.ReviewSheet;
import org.jspecify.annotations.Nullable;

/** How the review view names where a review stands, and why its final labels may be read only. */
final class ReviewStatus {

    private ReviewStatus() {}

    /** "Article in review · you are reviewing": never "read only" about the reader. */
    static String of(ReviewSheet sheet, String me) {
        var text = "Article " + sheet.state().displayName();
        if (sheet.heldBy() == null) {
            return text;
        }
        var mine = sheet.heldBy().equals(me);
        if (sheet.state() != ArticleState.IN_REVIEW) {
            return text + (mine ? " · reviewed by you" : " · reviewed by " + sheet.heldBy());
        }
        return text
                + (sheet.heldByMe() || mine
                        ? " · you are reviewing"
                        : " · " + sheet.heldBy() + " is reviewing (read only)");
    }

    /** Why the reader may not change final labels, or null when they may. */
    static @Nullable String readOnlyReason(ReviewSheet sheet) {
        if (sheet.heldByMe()) {
            return null;
        }
        if (sheet.state() == ArticleState.IN_REVIEW && sheet.heldBy() != null) {
            return sheet.heldBy() + " is reviewing this article: read only.";
        }
        if (sheet.state() != ArticleState.ANNOTATED && sheet.state() != ArticleState.IN_REVIEW) {
            return "The article is " + sheet.state().displayName() + ": final labels can no longer change.";
        }
        return "Only the reviewer who holds the review changes final labels.";
    }
}
