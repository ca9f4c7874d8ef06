package dev.tagbench.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.article.ArticleService;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.review.ReviewSheet;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reviewer's view: every sentence with each curator's labels side by side (disagreements
 * highlighted, or first), and the final labels the reviewer sets, from the keyboard or the mouse.
 */
@Route("review/:articleId")
@PageTitle("Review · Tagbench")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final ReviewService reviews;
    private final ArticleService articles;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span open = new Span();
    private final Div list = new Div();
    private final Checkbox disagreementsFirst = new Checkbox("Disagreements first", true);
    private final Button approve = new Button("Approve", click -> approve());
    private final Button reject = new Button("Reject…", click -> openReject());
    private final ReturnToReview returnToReview;
    private final List<ReviewRowView> rows = new ArrayList<>();
    private List<Label> schema = List.of();
    private @Nullable ReviewSheet sheet;
    private long articleId;
    private int focus;
    private @Nullable DomListenerRegistration keys;

    public ReviewView(
            ReviewService reviews, ArticleService articles, ProjectService projects, CurrentUser currentUser) {
        this.reviews = reviews;
        this.articles = articles;
        this.projects = projects;
        this.currentUser = currentUser;
        this.returnToReview = new ReturnToReview(reviews, currentUser, this::reload);
        addClassName("review-view");
        status.setId("review-status");
        open.setId("review-open");
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disagreementsFirst.addValueChangeListener(change -> render());
        var help = new Span("Keys: j/k move · 1–9 toggle a final label · 0 no label · a/b/c take curator A/B/C's labels"
                + " · n next undecided · m comment");
        help.addClassName("review-help");
        var bar = new Div(status, open, disagreementsFirst, approve, reject, returnToReview);
        bar.addClassName("article-status");
        list.addClassName("sentence-list");
        add(title, bar, help, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId =
                event.getRouteParameters().getLong("articleId").orElseThrow(() -> new NotFoundException("No article"));
        var actor = currentUser.require();
        try {
            var projectId = articles.projectOf(actor, articleId);
            schema = projects.get(actor, projectId).labels();
            if (reviews.sheet(actor, articleId).waitingForReviewer()) {
                reviews.start(actor, articleId);
            }
        } catch (dev.tagbench.base.NotFoundException e) {
            throw new NotFoundException("No such article");
        } catch (ForbiddenException | ConflictException e) {
            Notification.show(e.getMessage());
        }
        reload();
    }

    private void reload() {
        try {
            sheet = reviews.sheet(currentUser.require(), articleId);
        } catch (ForbiddenException e) {
            removeAll();
            add(new H2("Review"), new Span(e.getMessage()));
            return;
        }
        title.setText(sheet.title());
        var holder = sheet.heldBy() == null
                ? ""
                : sheet.heldByMe() ? " · you are reviewing" : " · " + sheet.heldBy() + " is reviewing (read only)";
        status.setText("Article " + sheet.state().name().toLowerCase().replace('_', ' ') + holder);
        open.setText(sheet.undecided() + " sentences without final labels");
        approve.setEnabled(sheet.heldByMe());
        reject.setEnabled(sheet.heldByMe());
        returnToReview.show(articleId, sheet.returnable());
        render();
    }

    private void render() {
        if (sheet == null) {
            return;
        }
        var keepId = rows.isEmpty()
                ? null
                : rows.get(Math.min(focus, rows.size() - 1)).row().sentenceId();
        var ordered = new ArrayList<>(sheet.sentences());
        if (disagreementsFirst.getValue()) {
            ordered.sort(
                    Comparator.comparing((ReviewSheet.Row row) -> row.agreed()).thenComparing(ReviewSheet.Row::index));
        }
        rows.clear();
        list.removeAll();
        for (var row : ordered) {
            var view = new ReviewRowView(row, sheet.curators(), schema, clicked -> focus(rows.indexOf(clicked)));
            rows.add(view);
            list.add(view);
        }
        focus = 0;
        for (var i = 0; i < rows.size(); i++) {
            if (keepId != null && rows.get(i).row().sentenceId() == keepId) {
                focus = i;
            }
        }
        focus(focus);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        keys = event.getUI().getElement().addEventListener("keydown", key -> {
            var data = key.getEventData();
            ReviewCommand.fromKey(data.get("event.key").asString(), false, false, false)
                    .ifPresent(this::run);
        });
        keys.addEventData("event.key").setFilter(ReviewCommand.FILTER).preventDefault();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (keys != null) {
            keys.remove();
        }
    }

    void run(ReviewCommand command) {
        if (rows.isEmpty()) {
            return;
        }
        var row = rows.get(focus).row();
        switch (command) {
            case ReviewCommand.Move move -> focus(focus + move.by());
            case ReviewCommand.NextOpen nextOpen -> {
                for (var step = 1; step <= rows.size(); step++) {
                    if (rows.get((focus + step) % rows.size()).row().finalLabels() == null) {
                        focus((focus + step) % rows.size());
                        return;
                    }
                }
            }
            case ReviewCommand.Toggle toggle ->
                schema.stream()
                        .filter(label -> toggle.hotkey().equals(label.hotkey()))
                        .findFirst()
                        .ifPresent(label -> {
                            var labels = new LinkedHashSet<>(row.finalLabels() == null ? List.of() : row.finalLabels());
                            if (!labels.remove(label.key())) {
                                labels.add(label.key());
                            }
                            setFinal(row, List.copyOf(labels));
                        });
            case ReviewCommand.Clear clear -> setFinal(row, List.of());
            case ReviewCommand.Accept accept -> {
                if (sheet != null && accept.curator() < sheet.curators().size()) {
                    var labels = row.byAnnotator().get(sheet.curators().get(accept.curator()));
                    if (labels != null) {
                        setFinal(row, labels);
                    }
                }
            }
            case ReviewCommand.Comment comment -> openComment(row);
        }
    }

    int focusedIndex() {
        return focus;
    }

    List<ReviewRowView> rows() {
        return rows;
    }

    private void focus(int index) {
        if (rows.isEmpty()) {
            return;
        }
        rows.get(Math.min(focus, rows.size() - 1)).setFocused(false);
        focus = Math.clamp(index, 0, rows.size() - 1);
        rows.get(focus).setFocused(true);
        rows.get(focus).getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    private void setFinal(ReviewSheet.Row row, List<String> labels) {
        act(() -> reviews.setFinal(currentUser.require(), articleId, row.sentenceId(), labels, row.finalVersion()));
    }

    private void approve() {
        act(() -> {
            reviews.approve(currentUser.require(), articleId);
            Notification.show("Approved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void openReject() {
        withText(
                "Reject and send back to the curators",
                "What should the curators change?",
                comment -> act(() -> reviews.reject(currentUser.require(), articleId, comment)));
    }

    private void openComment(ReviewSheet.Row row) {
        withText(
                "Comment on sentence " + (row.index() + 1),
                "Comment",
                comment -> act(() -> reviews.comment(currentUser.require(), articleId, row.sentenceId(), comment)));
    }

    private void withText(String heading, String label, Consumer<String> then) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        var text = new TextArea(label);
        text.setWidth("30rem");
        text.setMaxLength(2000);
        dialog.add(text);
        var ok = new Button("OK", click -> {
            dialog.close();
            then.accept(text.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.open();
        text.focus();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ConflictException | ForbiddenException | InvalidInputException e) {
            var error = Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_START);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }
}
