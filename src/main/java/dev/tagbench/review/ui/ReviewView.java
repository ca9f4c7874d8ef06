package dev.tagbench.review.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.annotation.LabelSuggestions;
import dev.tagbench.annotation.ui.LabelBarHolder;
import dev.tagbench.annotation.ui.LabelLegend;
import dev.tagbench.annotation.ui.SentenceHistory;
import dev.tagbench.annotation.ui.SuggestionFeed;
import dev.tagbench.article.ArticleService;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.Counted;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.ui.KeyboardList;
import dev.tagbench.base.ui.ListRow;
import dev.tagbench.base.ui.ShortcutHelp;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.GuidelinesDialog;
import dev.tagbench.review.ReviewService;
import dev.tagbench.review.ReviewSheet;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The reviewer's view: every sentence with each curator's labels side by side (disagreements
 * highlighted, or first), and the final labels the reviewer sets, from the keyboard or the mouse.
 * Like the workbench, only the sentences on screen are in the page and the browser moves the focus.
 */
@Route("review/:articleId")
@PageTitle("Review · Tagbench")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final KeyboardList.Settings LIST =
            new KeyboardList.Settings("review-", "review-row", true, -1, ReviewCommand.KEYS);

    private final ReviewService reviews;
    private final ArticleService articles;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ReviewActions actions;
    private final SuggestionFeed suggestions;
    private final SentenceHistory history;
    private @Nullable Long requested;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span open = new Span();
    private final LabelBarHolder bar = new LabelBarHolder();
    private final KeyboardList list = new KeyboardList(LIST, bar, this::onKey);
    private final Checkbox disagreementsFirst = new Checkbox("Disagreements first", true);
    private final Button approve = new Button("Approve", click -> run(new ReviewCommand.Approve()));
    private final Button reject = new Button("Reject…", click -> run(new ReviewCommand.Reject()));
    private final ReturnToReview returnToReview;
    private LabelLegend legend = new LabelLegend(List.of());
    private List<ReviewSheet.Row> order = List.of();
    private @Nullable Project project;
    private @Nullable ReviewSheet sheet;
    private long articleId;
    private long projectId;

    public ReviewView(
            ReviewService reviews,
            ArticleService articles,
            ProjectService projects,
            AnnotationService annotations,
            CurrentUser currentUser,
            HistoryService history,
            ObjectProvider<LabelSuggestions> suggestionSource,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.reviews = reviews;
        this.articles = articles;
        this.projects = projects;
        this.currentUser = currentUser;
        this.actions = new ReviewActions(reviews, articles, annotations, currentUser, this::reload);
        this.suggestions = new SuggestionFeed(suggestionSource.getIfAvailable(), executor);
        this.history = new SentenceHistory(history, currentUser);
        this.returnToReview = new ReturnToReview(reviews, currentUser, this::reload);
        addClassName("review-view");
        setSizeFull();
        status.setId("review-status");
        open.setId("review-open");
        approve.setId("approve");
        approve.setTooltipText("Shift+A");
        reject.setTooltipText("Shift+R");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disagreementsFirst.addValueChangeListener(change -> show(true));
        var guidelines = new Button("Guidelines (g)", click -> GuidelinesDialog.open(project));
        guidelines.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var statusBar = new Div(status, open, disagreementsFirst, approve, reject, returnToReview);
        statusBar.add(suggestions.status(), guidelines, ShortcutHelp.button(() -> run(new ReviewCommand.Help())));
        statusBar.addClassName("article-status");
        list.addClassName("sentence-list");
        list.getElement().setAttribute("aria-label", "Sentences under review");
        add(title, statusBar, bar, list);
        expand(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId =
                event.getRouteParameters().getLong("articleId").orElseThrow(() -> new NotFoundException("No article"));
        var actor = currentUser.require();
        requested = SentenceHistory.requested(event.getLocation().getQueryParameters())
                .orElse(null);
        try {
            projectId = articles.projectOf(actor, articleId);
            project = projects.get(actor, projectId);
            legend = new LabelLegend(project.labels());
            if (reviews.sheet(actor, articleId).waitingForReviewer()) {
                reviews.start(actor, articleId);
            }
        } catch (dev.tagbench.base.NotFoundException e) {
            throw new NotFoundException("No such article");
        } catch (ForbiddenException | ConflictException e) {
            Notification.show(e.getMessage());
        }
        sheet = null;
        reload();
        if (sheet != null) {
            suggestions.load(actor, articleId, loaded -> show(false));
        }
    }

    /** Reads the review again and shows what changed. */
    private void reload() {
        var actor = currentUser.require();
        var first = sheet == null;
        try {
            sheet = reviews.sheet(actor, articleId);
        } catch (ForbiddenException e) {
            removeAll();
            add(new H2("Review"), new Span(e.getMessage()));
            return;
        }
        title.setText(sheet.title());
        status.setText(ReviewStatus.of(sheet, actor.username()));
        approve.setEnabled(sheet.heldByMe());
        reject.setEnabled(sheet.heldByMe());
        returnToReview.show(articleId, sheet.returnable());
        if (first) {
            bar.show(ReviewRows.legendBar(legend, sheet.curators()));
        }
        bar.setReadOnly(ReviewStatus.readOnlyReason(sheet));
        show(first);
    }

    /** Shows the rows: all of them in a new order, or only those that changed. */
    private void show(boolean reorder) {
        if (sheet == null) {
            return;
        }
        var byId = new HashMap<Long, ReviewSheet.Row>();
        sheet.sentences().forEach(row -> byId.put(row.sentenceId(), row));
        if (reorder) {
            var keep = list.size() == 0 ? null : list.row(list.focusedIndex()).id();
            var ordered = new ArrayList<>(sheet.sentences());
            if (disagreementsFirst.getValue()) {
                ordered.sort(Comparator.comparing(ReviewSheet.Row::agreed).thenComparing(ReviewSheet.Row::index));
            }
            order = ordered;
            // A link to a sentence (from a search, say) opens there.
            var start = keep == null ? requested : keep;
            var focus = start == null ? 0 : Math.max(0, positionOf(start));
            list.show(legend.legend(), order.stream().map(this::row).toList(), focus);
        } else {
            order = order.stream().map(row -> byId.get(row.sentenceId())).toList();
            list.refresh(position -> row(order.get(position)));
        }
        open.setText(Counted.of(sheet.undecided(), "sentence") + " without final labels");
    }

    private ListRow row(ReviewSheet.Row row) {
        return ReviewRows.of(
                row, sheet == null ? List.of() : sheet.curators(), legend, suggestions.of(row.sentenceId()));
    }

    private int positionOf(long sentenceId) {
        return IntStream.range(0, order.size())
                .filter(i -> order.get(i).sentenceId() == sentenceId)
                .findFirst()
                .orElse(-1);
    }

    private void onKey(String key, int position) {
        ReviewCommand.fromKey(key).ifPresent(command -> run(command, position));
    }

    /** Carries out a command on the focused sentence as the server knows it; for tests. */
    void run(ReviewCommand command) {
        run(command, list.focusedIndex());
    }

    private void run(ReviewCommand command, int position) {
        var row = position < 0 || position >= order.size() ? null : order.get(position);
        switch (command) {
            case ReviewCommand.Toggle toggle -> {
                var label = legend.byHotkey(toggle.hotkey());
                if (label != null) {
                    toggleFinal(row, label.key());
                }
            }
            case ReviewCommand.ToggleLabel toggle -> toggleFinal(row, toggle.key());
            case ReviewCommand.Clear clear -> setFinal(row, List.of());
            case ReviewCommand.Accept accept -> {
                var curators = sheet == null ? List.<String>of() : sheet.curators();
                if (row != null && accept.curator() < curators.size()) {
                    var labels = row.byAnnotator().get(curators.get(accept.curator()));
                    if (labels != null) {
                        setFinal(row, labels);
                    }
                }
            }
            case ReviewCommand.Comment comment -> {
                if (row != null) {
                    actions.comment(articleId, row);
                }
            }
            case ReviewCommand.Approve approveCommand -> actions.approve(articleId);
            case ReviewCommand.Reject rejectCommand -> actions.reject(articleId);
            case ReviewCommand.NextArticle next -> actions.nextArticle(projectId, articleId);
            case ReviewCommand.Help help ->
                new ShortcutHelp(ReviewCommand.shortcuts(legend.labels(), sheet == null ? List.of() : sheet.curators()))
                        .withAction("Guidelines (g)", () -> GuidelinesDialog.open(project))
                        .show();
            case ReviewCommand.Guidelines guidelines -> GuidelinesDialog.open(project);
            case ReviewCommand.History open -> {
                if (row != null) {
                    history.open(articleId, row.sentenceId(), row.index() + 1);
                }
            }
            case ReviewCommand.NoneOpen none ->
                Notification.show("Every sentence has final labels: Shift+A approves the article.");
        }
    }

    int focusedIndex() {
        return list.focusedIndex();
    }

    /** The sentences in the order shown. */
    List<ReviewSheet.Row> rows() {
        return order;
    }

    private void toggleFinal(ReviewSheet.@Nullable Row row, String key) {
        var labels = new LinkedHashSet<>(row == null || row.finalLabels() == null ? List.of() : row.finalLabels());
        if (!labels.remove(key)) {
            labels.add(key);
        }
        setFinal(row, List.copyOf(labels));
    }

    /** Saves the final labels of one sentence and shows them, without reading the whole review again. */
    private void setFinal(ReviewSheet.@Nullable Row row, List<String> labels) {
        if (!bar.mayEdit() || row == null || sheet == null) {
            return;
        }
        try {
            var saved =
                    reviews.setFinal(currentUser.require(), articleId, row.sentenceId(), labels, row.finalVersion());
            sheet = sheet.withFinal(row.sentenceId(), saved.labels(), saved.version());
            show(false);
        } catch (ConflictException | ForbiddenException | InvalidInputException e) {
            ReviewActions.showError(e.getMessage());
            reload();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        suggestions.cancel();
    }
}
