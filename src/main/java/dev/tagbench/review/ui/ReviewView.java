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
import dev.tagbench.article.ArticleState;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.Counted;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.ui.ListFocus;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.GuidelinesDialog;
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
    private final List<ReviewRowView> rows = new ArrayList<>();
    private final ListFocus focus = new ListFocus(this::showFocus);
    private List<Label> schema = List.of();
    private @Nullable Project project;
    private @Nullable ReviewSheet sheet;
    private long articleId;
    private @Nullable DomListenerRegistration keys;

    public ReviewView(
            ReviewService reviews, ArticleService articles, ProjectService projects, CurrentUser currentUser) {
        this.reviews = reviews;
        this.articles = articles;
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("review-view");
        status.setId("review-status");
        open.setId("review-open");
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disagreementsFirst.addValueChangeListener(change -> render());
        var help = new Span(
                "Keys: j/k, arrows, Home/End move · 1–9 toggle a final label · 0 no label · a/b/c take curator A/B/C's labels"
                        + " · n next undecided · m comment · g guidelines");
        help.addClassName("review-help");
        var guidelines = new Button("Guidelines (g)", click -> showGuidelines());
        guidelines.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new Div(status, open, disagreementsFirst, approve, reject, guidelines);
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
            project = projects.get(actor, projectId);
            schema = project.labels();
            if (reviews.sheet(actor, articleId).state() == ArticleState.ANNOTATED) {
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
        status.setText("Article " + sheet.state().displayName() + holder);
        open.setText(Counted.of(sheet.undecided(), "sentence") + " without final labels");
        approve.setEnabled(sheet.heldByMe());
        reject.setEnabled(sheet.heldByMe());
        render();
    }

    private void render() {
        if (sheet == null) {
            return;
        }
        var keepId = focus.isEmpty() ? null : rows.get(focus.index()).row().sentenceId();
        var ordered = new ArrayList<>(sheet.sentences());
        if (disagreementsFirst.getValue()) {
            ordered.sort(
                    Comparator.comparing((ReviewSheet.Row row) -> row.agreed()).thenComparing(ReviewSheet.Row::index));
        }
        rows.clear();
        list.removeAll();
        for (var row : ordered) {
            var view = new ReviewRowView(row, sheet.curators(), schema, clicked -> focus.focus(rows.indexOf(clicked)));
            rows.add(view);
            list.add(view);
        }
        var kept = 0;
        for (var i = 0; i < rows.size(); i++) {
            if (keepId != null && rows.get(i).row().sentenceId() == keepId) {
                kept = i;
            }
        }
        focus.reset(rows.size(), kept);
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
        if (focus.isEmpty()) {
            return;
        }
        var row = rows.get(focus.index()).row();
        switch (command) {
            case ReviewCommand.Move move -> focus.move(move.move());
            case ReviewCommand.NextOpen nextOpen ->
                focus.focusNext(index -> rows.get(index).row().finalLabels() == null);
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
            case ReviewCommand.Guidelines guidelines -> showGuidelines();
        }
    }

    private void showGuidelines() {
        if (project != null) {
            GuidelinesDialog.open(project);
        }
    }

    int focusedIndex() {
        return focus.index();
    }

    List<ReviewRowView> rows() {
        return rows;
    }

    private void showFocus(int previous, int current) {
        if (previous >= 0) {
            rows.get(previous).setFocused(false);
        }
        rows.get(current).setFocused(true);
        rows.get(current).getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
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
