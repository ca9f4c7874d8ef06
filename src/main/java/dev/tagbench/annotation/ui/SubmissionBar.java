package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.AssignmentStatus;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.CurrentUser;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The curator's part in an article: where it stands, Submit, Reopen and Next article, and the
 * reviewer's comment when the article was sent back.
 */
final class SubmissionBar extends Div {

    /** States in which curators label. */
    private static final Set<ArticleState> EDITABLE =
            EnumSet.of(ArticleState.NEW, ArticleState.IN_PROGRESS, ArticleState.REJECTED);

    private final AssignmentService assignments;
    private final ArticleWorkflow workflow;
    private final CurrentUser currentUser;
    private final Runnable onChange;
    private final Span status = new Span();
    private final Button submit = new Button("Submit article", click -> submit());
    private final Button reopen = new Button("Reopen my submission", click -> reopen());
    private final Button next = new Button("Next article", click -> next());
    final Paragraph rejection = new Paragraph();
    private long articleId;
    private long projectId;
    private boolean curator;
    private @Nullable String readOnlyReason;
    private boolean holdsSlot;

    /** @param onChange told after each refresh, when whether the curator may change labels may have changed */
    SubmissionBar(AssignmentService assignments, ArticleWorkflow workflow, CurrentUser currentUser, Runnable onChange) {
        this.assignments = assignments;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.onChange = onChange;
        addClassName("submission-bar");
        status.setId("work-status");
        status.addClassName("work-status");
        rejection.addClassName("rejection-comment");
        submit.setId("submit-article");
        submit.setTooltipText("Shift+S");
        next.setTooltipText("Shift+N");
        next.setId("next-article");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(status, submit, reopen, next);
    }

    void show(long articleId, long projectId, boolean curator) {
        this.articleId = articleId;
        this.projectId = projectId;
        this.curator = curator;
        refresh();
    }

    void refresh() {
        var actor = currentUser.require();
        var mine = assignments.statusOf(actor, articleId);
        var state = workflow.state(actor, articleId).state();
        var submitted = mine.filter(s -> s == AssignmentStatus.SUBMITTED).isPresent();
        holdsSlot = mine.isPresent();
        status.setText("Article " + state.displayName()
                + (mine.isEmpty() ? "" : submitted ? " · you submitted" : " · you are working on it"));
        submit.setVisible(curator && !submitted);
        reopen.setVisible(
                curator && submitted && (state == ArticleState.IN_PROGRESS || state == ArticleState.ANNOTATED));
        next.setVisible(curator);
        var comment = mine.isPresent() && state != ArticleState.APPROVED && !submitted
                ? workflow.rejectionComment(actor, articleId)
                : Optional.<String>empty();
        rejection.setVisible(comment.isPresent());
        comment.ifPresent(text -> rejection.setText("The reviewer sent this article back: " + text));
        readOnlyReason = submitted
                ? "You submitted this article: reopen it to change your labels."
                : EDITABLE.contains(state)
                        ? null
                        : "The article is " + state.displayName() + ": labels can no longer change.";
        onChange.run();
    }

    /** Whether the curator holds a slot on the article (their first label takes one). */
    boolean holdsSlot() {
        return holdsSlot;
    }

    /** Why the curator may not change labels on the article now, or null when they may. */
    @Nullable
    String readOnlyReason() {
        return readOnlyReason;
    }

    void submit() {
        act(
                () -> assignments.submit(currentUser.require(), articleId),
                "Submitted. Thank you! Shift+N opens the next article.");
    }

    void reopen() {
        act(() -> assignments.reopen(currentUser.require(), articleId), "Reopened: you can change your labels again.");
    }

    void next() {
        var article = assignments.nextArticle(currentUser.require(), projectId);
        if (article.isEmpty()) {
            Notification.show("No article needs you right now.");
        } else {
            getUI().ifPresent(ui -> ui.navigate("articles/" + article.get()));
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
