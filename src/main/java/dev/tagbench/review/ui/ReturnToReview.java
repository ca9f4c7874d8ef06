package dev.tagbench.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.review.ReviewService;
import dev.tagbench.user.CurrentUser;

/**
 * The managers' action on an approved article: send it back to review for a correction, saying why.
 * Shown only where the review sheet says the caller may; the service checks again.
 */
class ReturnToReview extends Button {

    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final Runnable afterReturn;
    private long articleId;

    ReturnToReview(ReviewService reviews, CurrentUser currentUser, Runnable afterReturn) {
        super("Return to review…");
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.afterReturn = afterReturn;
        setId("return-to-review");
        addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        setVisible(false);
        addClickListener(click -> open());
    }

    /** Shows the action for an article, or hides it. */
    void show(long articleId, boolean returnable) {
        this.articleId = articleId;
        setVisible(returnable);
    }

    private void open() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Return the approved article to review");
        var reason = new TextArea("Why does it need a correction?");
        reason.setId("return-reason");
        reason.setWidth("30rem");
        reason.setMaxLength(2000);
        reason.setHelperText("Recorded in the article's history. Its final labels stay for the reviewer to edit; "
                + "earlier exports keep what they held.");
        dialog.add(reason);
        var ok = new Button("Return to review", click -> {
            try {
                reviews.returnToReview(currentUser.require(), articleId, reason.getValue());
                dialog.close();
                Notification.show("Back in review.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterReturn.run();
            } catch (InvalidInputException | ConflictException | ForbiddenException e) {
                Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        ok.setId("return-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.open();
        reason.focus();
    }
}
