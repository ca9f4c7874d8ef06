package dev.tagbench.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleState;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.review.ReviewService;
import dev.tagbench.review.ReviewSheet;
import dev.tagbench.user.CurrentUser;
import java.util.List;

/**
 * The review's actions on the whole article and the dialogs they need: comment, approve, reject,
 * and going on to the next article waiting for review. After each the view reads the review again.
 */
final class ReviewActions {

    private final ReviewService reviews;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final CurrentUser currentUser;
    private final Runnable reload;

    ReviewActions(
            ReviewService reviews,
            ArticleService articles,
            AnnotationService annotations,
            CurrentUser currentUser,
            Runnable reload) {
        this.reviews = reviews;
        this.articles = articles;
        this.annotations = annotations;
        this.currentUser = currentUser;
        this.reload = reload;
    }

    void comment(long articleId, ReviewSheet.Row row) {
        new TextDialog(
                        "Comment on sentence " + (row.index() + 1),
                        "Comment",
                        "Send",
                        comment ->
                                act(() -> reviews.comment(currentUser.require(), articleId, row.sentenceId(), comment)))
                .open();
    }

    void approve(long articleId) {
        act(() -> {
            reviews.approve(currentUser.require(), articleId);
            Notification.show("Approved. Shift+N opens the next article waiting for review.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    void reject(long articleId) {
        new TextDialog(
                        "Reject and send back to the curators",
                        "What should the curators change?",
                        "Reject",
                        comment -> act(() -> reviews.reject(currentUser.require(), articleId, comment)))
                .open();
    }

    /** Opens the next article of the project waiting for review that this reviewer may review. */
    void nextArticle(long projectId, long currentArticle) {
        var actor = currentUser.require();
        var next = articles.inStates(actor, projectId, List.of(ArticleState.ANNOTATED)).stream()
                .filter(article -> article.id() != currentArticle)
                .filter(article -> !annotations.hasWorkedOn(actor, article.id()))
                .findFirst();
        if (next.isEmpty()) {
            Notification.show("No other article in this project is waiting for review.");
            return;
        }
        UI.getCurrent().navigate("review/" + next.get().id());
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ConflictException | ForbiddenException | InvalidInputException e) {
            showError(e.getMessage());
        }
        reload.run();
    }

    static void showError(String message) {
        var error = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        error.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
