package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.annotation.StaleLabelsException;
import dev.tagbench.article.Article;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.article.SentenceEditService;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.Counted;
import dev.tagbench.base.DatabaseUnavailable;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.ui.ListFocus;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.GuidelinesDialog;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The curator's workbench: one article as a list of sentences, labelled from the keyboard. Every
 * change is saved at once; a change that clashes with another tab is refused by the service and the
 * row shows what is stored.
 */
@Route("articles/:articleId")
@PermitAll
public class AnnotateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    private final H2 title = new H2();
    private final Span meta = new Span();
    private final Span progress = new Span();
    private final Div labelBar = new Div();
    private final Div list = new Div();
    private final Div removed = new Div();
    private final List<SentenceRow> rows = new ArrayList<>();
    private final Map<Long, SentenceLabels> decisions = new HashMap<>();
    private final UndoHistory undo = new UndoHistory();
    private final ListFocus focus = new ListFocus(this::showFocus);

    private @Nullable Article article;
    private List<Label> schema = List.of();
    private boolean canAnnotate;
    private @Nullable DomListenerRegistration keys;
    private @Nullable ShortcutHelp help;
    private @Nullable Project project;
    private final CuratorNotice curatorNotice;

    private final SentenceBoundaryBar boundaries;
    private final SubmissionBar submission;

    public AnnotateView(
            ArticleService articles,
            AnnotationService annotations,
            ProjectService projects,
            SentenceEditService sentenceEdits,
            AssignmentService assignments,
            ArticleWorkflow workflow,
            CurrentUser currentUser) {
        this.boundaries = new SentenceBoundaryBar(
                sentenceEdits,
                currentUser,
                () -> focus.isEmpty() ? null : rows.get(focus.index()).sentence(),
                this::reloadAfterEdit);
        this.submission = new SubmissionBar(assignments, workflow, currentUser);
        this.curatorNotice = new CuratorNotice(projects, currentUser, this::reloadAfterEdit);
        this.articles = articles;
        this.annotations = annotations;
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("annotate-view");
        meta.addClassName("article-meta");
        progress.addClassName("progress-counter");
        progress.setId("progress");
        labelBar.addClassName("label-bar");
        list.addClassName("sentence-list");
        list.getElement().setAttribute("role", "listbox");
        list.getElement().setAttribute("aria-label", "Sentences");
        var helpButton = new Button("Shortcuts (?)", click -> showHelp());
        helpButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new Div(title, meta);
        heading.addClassName("article-heading");
        var status = new Div(progress, submission, helpButton);
        status.addClassName("article-status");
        add(heading, curatorNotice, submission.rejection, status, labelBar, boundaries, list, removed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters()
                .getLong("articleId")
                .orElseThrow(() -> new NotFoundException("No such article"));
        var actor = currentUser.require();
        try {
            load(actor, articles.get(actor, id));
        } catch (dev.tagbench.base.NotFoundException e) {
            throw new NotFoundException("No such article");
        }
    }

    private void load(AppUser actor, Article loaded) {
        article = loaded;
        Project project = projects.get(actor, loaded.projectId());
        this.project = project;
        schema = project.labels();
        var roles = projects.rolesOf(actor, project.id());
        canAnnotate = roles.contains(ProjectRole.ANNOTATOR);
        boundaries.setVisible(actor.admin() || roles.contains(ProjectRole.MANAGER));
        title.setText(loaded.title());
        var date =
                loaded.publishedOn() == null ? "no date" : loaded.publishedOn().format(DateTimeFormatter.ISO_DATE);
        meta.setText(loaded.source() == null ? date : date + " · " + loaded.source());
        decisions.clear();
        annotations.labelsOf(actor, loaded.id()).forEach(decision -> decisions.put(decision.sentenceId(), decision));
        buildLabelBar();
        rows.clear();
        list.removeAll();
        for (var sentence : loaded.sentences()) {
            var row = new SentenceRow(sentence, clicked -> focus.focus(rows.indexOf(clicked)));
            row.show(decisionOf(sentence.id()), schema);
            rows.add(row);
            list.add(row);
        }
        removed.removeAll();
        removed.add(new RemovedTextPanel(loaded));
        var firstUndecided = rows.stream()
                .filter(row -> !decisionOf(row.sentence().id()).decided())
                .findFirst()
                .map(rows::indexOf)
                .orElse(0);
        focus.reset(rows.size(), firstUndecided);
        updateProgress();
        submission.show(loaded.id(), project.id(), canAnnotate);
        curatorNotice.show(project);
    }

    private void buildLabelBar() {
        labelBar.removeAll();
        for (var label : schema) {
            var button = new Button(
                    (label.hotkey() == null ? "" : label.hotkey() + "  ") + label.name(), click -> toggle(label.key()));
            button.addClassName("label-button");
            button.getStyle().set("--chip-color", label.color());
            button.getElement().setAttribute("title", label.description());
            button.getElement().setAttribute("data-label", label.key());
            labelBar.add(button);
        }
        var none = new Button("0  No label", click -> clear());
        none.addClassName("label-button");
        none.getElement().setAttribute("data-label", "");
        var undoButton = new Button("Undo", click -> undo());
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        labelBar.add(none, undoButton);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Listen on the whole page so shortcuts work wherever the focus is, except in text inputs.
        keys = event.getUI().getElement().addEventListener("keydown", key -> {
            var data = key.getEventData();
            WorkbenchCommand.fromKey(
                            data.get("event.key").asString(),
                            data.get("event.ctrlKey").asBoolean(),
                            data.get("event.altKey").asBoolean(),
                            data.get("event.metaKey").asBoolean())
                    .ifPresent(this::run);
        });
        keys.addEventData("event.key")
                .addEventData("event.ctrlKey")
                .addEventData("event.altKey")
                .addEventData("event.metaKey")
                .setFilter("(" + WorkbenchCommand.HANDLED_KEYS_FILTER + ") && !(event.composedPath()[0].closest"
                        + " && event.composedPath()[0].closest('input,textarea,[contenteditable=\"true\"]'))")
                .preventDefault();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (keys != null) {
            keys.remove();
            keys = null;
        }
    }

    /** Carries out a workbench command; public for tests and for buttons that mirror shortcuts. */
    void run(WorkbenchCommand command) {
        switch (command) {
            case WorkbenchCommand.Move move -> focus.move(move.move());
            case WorkbenchCommand.NextUndecided nextUndecided -> focusNextUndecided();
            case WorkbenchCommand.Toggle toggle ->
                schema.stream()
                        .filter(label -> toggle.hotkey().equals(label.hotkey()))
                        .findFirst()
                        .ifPresent(label -> toggle(label.key()));
            case WorkbenchCommand.Clear clear -> clear();
            case WorkbenchCommand.Undo undoCommand -> undo();
            case WorkbenchCommand.Help helpCommand -> showHelp();
            case WorkbenchCommand.Guidelines guidelinesCommand -> showGuidelines();
        }
    }

    int focusedIndex() {
        return focus.index();
    }

    SentenceLabels decisionAt(int index) {
        return decisionOf(rows.get(index).sentence().id());
    }

    private void showFocus(int previous, int current) {
        if (previous >= 0) {
            rows.get(previous).setFocused(false);
        }
        var row = rows.get(current);
        row.setFocused(true);
        list.getElement().setAttribute("aria-activedescendant", row.getId().orElse(""));
        // "nearest" keeps the neighbouring sentences in view instead of jumping the row to the top.
        row.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    private void focusNextUndecided() {
        if (!focus.focusNext(index -> !decisionAt(index).decided())) {
            Notification.show("Every sentence has a decision.");
        }
    }

    private void toggle(String key) {
        var current = currentDecision();
        if (current == null) {
            return;
        }
        var labels = new LinkedHashSet<>(current.labels());
        if (!labels.remove(key)) {
            labels.add(key);
        }
        write(
                current,
                () -> annotations.setLabels(
                        currentUser.require(), current.sentenceId(), labels, current.version(), ChangeSource.UI),
                true);
    }

    private void clear() {
        var current = currentDecision();
        if (current == null) {
            return;
        }
        write(
                current,
                () -> annotations.setLabels(
                        currentUser.require(), current.sentenceId(), List.of(), current.version(), ChangeSource.UI),
                true);
    }

    private void undo() {
        var change = undo.pop();
        if (change.isEmpty()) {
            Notification.show("Nothing to undo.");
            return;
        }
        var before = change.get().before();
        var sentenceId = before.sentenceId();
        rows.stream()
                .filter(row -> row.sentence().id() == sentenceId)
                .findFirst()
                .ifPresent(row -> focus.focus(rows.indexOf(row)));
        var actor = currentUser.require();
        var expected = change.get().versionAfter();
        write(
                decisionOf(sentenceId),
                () -> before.decided()
                        ? annotations.setLabels(actor, sentenceId, before.labels(), expected, ChangeSource.UNDO)
                        : annotations.withdraw(actor, sentenceId, expected),
                false);
    }

    /** The Submit button's action, for tests. */
    void submit() {
        submission.submit();
    }

    void splitAt(int offset) {
        boundaries.splitAt(offset);
    }

    void mergeWithNext() {
        boundaries.mergeWithNext();
    }

    /** After a boundary edit: reload the article, keep the focus; the undo history no longer applies. */
    private void reloadAfterEdit() {
        var keep = focus.index();
        var actor = currentUser.require();
        load(actor, articles.get(actor, article.id()));
        undo.clear();
        focus.focus(keep);
    }

    private @Nullable SentenceLabels currentDecision() {
        if (!canAnnotate) {
            Notification.show("Only curators of this project can label.");
            return null;
        }
        return focus.isEmpty() ? null : decisionAt(focus.index());
    }

    private void write(SentenceLabels before, Supplier<SentenceLabels> change, boolean undoable) {
        try {
            var after = change.get();
            apply(after);
            if (undoable && after.version() != before.version()) {
                undo.record(before, after.version());
            }
        } catch (StaleLabelsException e) {
            apply(e.current());
            var warning = Notification.show("This sentence was changed in another tab or window. It now shows the "
                    + "saved labels; apply your change again if you still want it.");
            warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (ConflictException
                | InvalidInputException
                | ForbiddenException
                | dev.tagbench.base.NotFoundException e) {
            showError("Not saved: " + e.getMessage());
        } catch (DataAccessException e) {
            if (DatabaseUnavailable.isCause(e)) {
                // The session's error handler says so, in the same words as in every other view.
                throw e;
            }
            showError("Not saved: the server could not store the change. Nothing was changed; reload the article.");
        }
    }

    private static void showError(String message) {
        var error = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        error.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void apply(SentenceLabels decision) {
        decisions.put(decision.sentenceId(), decision);
        rows.stream()
                .filter(row -> row.sentence().id() == decision.sentenceId())
                .findFirst()
                .ifPresent(row -> row.show(decision, schema));
        updateProgress();
    }

    private SentenceLabels decisionOf(long sentenceId) {
        return decisions.getOrDefault(sentenceId, SentenceLabels.undecided(sentenceId));
    }

    private void updateProgress() {
        var done = rows.stream()
                .filter(row -> decisionOf(row.sentence().id()).decided())
                .count();
        progress.setText(done + " of " + Counted.of(rows.size(), "sentence") + " done");
    }

    private void showHelp() {
        if (help == null) {
            help = new ShortcutHelp(schema, this::showGuidelines);
        }
        if (!help.isOpened()) {
            help.open();
        }
    }

    private void showGuidelines() {
        if (project != null) {
            GuidelinesDialog.open(project);
        }
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "Article" : article.title()) + " · Tagbench";
    }
}
