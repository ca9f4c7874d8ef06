package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.annotation.LabelSuggestions;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.article.Article;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.article.Sentence;
import dev.tagbench.article.SentenceEditService;
import dev.tagbench.base.ui.KeyboardList;
import dev.tagbench.base.ui.ListRow;
import dev.tagbench.base.ui.ShortcutHelp;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.GuidelinesDialog;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The curator's workbench: one article as a list of sentences, labelled from the keyboard. Only the
 * sentences on screen are in the page; the browser moves the focus, and each key is applied to the
 * sentence it was pressed on. Every change is saved at once ({@link CuratorLabels}).
 */
@Route("articles/:articleId")
@PermitAll
public class AnnotateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final KeyboardList.Settings LIST =
            new KeyboardList.Settings("sentence-", "sentence", false, 0, WorkbenchCommand.KEYS);

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ArticleHeading heading = new ArticleHeading();
    private final ProgressCounter progress = new ProgressCounter();
    private final LabelBarHolder bar = new LabelBarHolder();
    private final KeyboardList list = new KeyboardList(LIST, bar, this::onKey);
    private final Div removed = new Div();
    private final CuratorLabels labels;
    private final SuggestionFeed suggestions;
    private final SuggestionAcceptance acceptance;
    private final SentenceBoundaryBar boundaries;
    private final SubmissionBar submission;
    private final CuratorNotice curatorNotice;
    private final SentenceHistory history;
    private @Nullable Long requested;
    private @Nullable Article article;
    private @Nullable Project project;
    private LabelLegend legend = new LabelLegend(List.of());
    private boolean canAnnotate;

    public AnnotateView(
            ArticleService articles,
            AnnotationService annotations,
            ProjectService projects,
            SentenceEditService sentenceEdits,
            AssignmentService assignments,
            ArticleWorkflow workflow,
            CurrentUser currentUser,
            HistoryService history,
            ObjectProvider<LabelSuggestions> suggestionSource,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.articles = articles;
        this.annotations = annotations;
        this.projects = projects;
        this.currentUser = currentUser;
        this.labels = new CuratorLabels(annotations, currentUser, this::saved);
        var source = suggestionSource.getIfAvailable();
        this.suggestions = new SuggestionFeed(source, executor);
        this.acceptance = new SuggestionAcceptance(source, suggestions, labels, annotations, currentUser);
        this.boundaries = new SentenceBoundaryBar(sentenceEdits, currentUser, this::focusedSentence, this::reload);
        this.submission = new SubmissionBar(assignments, workflow, currentUser, this::updateReadOnly);
        this.curatorNotice = new CuratorNotice(projects, currentUser, this::reload);
        this.history = new SentenceHistory(history, currentUser);
        addClassName("annotate-view");
        setSizeFull();
        list.addClassName("sentence-list");
        list.getElement().setAttribute("aria-label", "Sentences");
        var status = new Div(
                progress,
                submission,
                suggestions.status(),
                ShortcutHelp.button(() -> run(new WorkbenchCommand.Help())));
        status.addClassName("article-status");
        add(heading, curatorNotice, submission.rejection, status, bar, boundaries, list, removed);
        expand(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters()
                .getLong("articleId")
                .orElseThrow(() -> new NotFoundException("No such article"));
        var actor = currentUser.require();
        requested = SentenceHistory.requested(event.getLocation().getQueryParameters())
                .orElse(null);
        try {
            load(actor, articles.get(actor, id));
        } catch (dev.tagbench.base.NotFoundException e) {
            throw new NotFoundException("No such article");
        }
    }

    private void load(AppUser actor, Article loaded) {
        article = loaded;
        var project = projects.get(actor, loaded.projectId());
        this.project = project;
        legend = new LabelLegend(project.labels());
        var roles = projects.rolesOf(actor, project.id());
        canAnnotate = roles.contains(ProjectRole.ANNOTATOR);
        boundaries.setVisible(actor.admin() || roles.contains(ProjectRole.MANAGER));
        heading.show(loaded);
        labels.load(annotations.labelsOf(actor, loaded.id()));
        var labelBar = new LabelBar(legend.labels(), "No label");
        var undo = new Button("Undo", click -> run(new WorkbenchCommand.Undo()));
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        labelBar.addAction(undo);
        bar.show(labelBar);
        var rows = IntStream.range(0, loaded.sentences().size())
                .mapToObj(this::row)
                .toList();
        // A link to a sentence (from a search, say) opens there; else at the first without a decision.
        var start = IntStream.range(0, rows.size())
                .filter(position -> requested == null
                        ? rows.get(position).open()
                        : rows.get(position).id() == requested)
                .findFirst();
        list.show(legend.legend(), rows, start.orElse(0));
        removed.removeAll();
        removed.add(new RemovedTextPanel(loaded));
        submission.show(loaded.id(), project.id(), canAnnotate);
        updateProgress();
        suggestions.load(actor, loaded.id(), loadedSuggestions -> list.refresh(this::row));
        curatorNotice.show(project);
    }

    private Sentence sentence(int position) {
        return Objects.requireNonNull(article).sentences().get(position);
    }

    private ListRow row(int position) {
        var sentence = sentence(position);
        return WorkbenchRows.of(sentence, labels.of(sentence.id()), legend, suggestions.of(sentence.id()));
    }

    private void onKey(String key, int position) {
        WorkbenchCommand.fromKey(key).ifPresent(command -> run(command, position));
    }

    /** Carries out a command on the focused sentence as the server knows it; for tests. */
    void run(WorkbenchCommand command) {
        run(command, list.focusedIndex());
    }

    private void run(WorkbenchCommand command, int position) {
        switch (command) {
            case WorkbenchCommand.Toggle toggle -> {
                var label = legend.byHotkey(toggle.hotkey());
                if (label != null) {
                    edit(position, id -> labels.toggle(id, label.key()));
                }
            }
            case WorkbenchCommand.ToggleLabel toggle -> edit(position, id -> labels.toggle(id, toggle.key()));
            case WorkbenchCommand.Clear clear -> edit(position, labels::clear);
            case WorkbenchCommand.Undo undo -> labels.undo().ifPresent(id -> list.focus(list.positionOf(id)));
            case WorkbenchCommand.Help help ->
                new ShortcutHelp(WorkbenchCommand.shortcuts(legend.labels()))
                        .withAction("Guidelines (g)", () -> GuidelinesDialog.open(project))
                        .show();
            case WorkbenchCommand.Guidelines guidelines -> GuidelinesDialog.open(project);
            case WorkbenchCommand.Submit submit -> submission.submit();
            case WorkbenchCommand.NextArticle next -> submission.next();
            case WorkbenchCommand.AcceptSuggestions accept -> edit(position, acceptance::acceptSentence);
            case WorkbenchCommand.AcceptAllSuggestions acceptAll -> {
                if (bar.mayEdit() && article != null) {
                    acceptance.acceptAll(article.id(), () -> {
                        list.refresh(this::row);
                        updateProgress();
                    });
                }
            }
            case WorkbenchCommand.NoneOpen none -> Notification.show("Every sentence has a decision.");
            case WorkbenchCommand.History open -> {
                if (article != null && position >= 0 && position < list.size()) {
                    history.open(article.id(), list.row(position).id(), position + 1);
                }
            }
        }
    }

    /** Runs a change of the sentence at {@code position}, if the curator may change its labels. */
    private void edit(int position, LongConsumer change) {
        if (!bar.mayEdit()) {
            return;
        }
        if (position < 0 || position >= list.size()) {
            Notification.show("That sentence is no longer in the article; it was split or merged.");
            return;
        }
        change.accept(list.row(position).id());
    }

    /** Shows a saved decision (or what is stored after a refused one) in its row and the counter. */
    private void saved(SentenceLabels decision) {
        var position = list.positionOf(decision.sentenceId());
        if (position >= 0) {
            list.update(position, row(position));
        }
        updateProgress();
        if (canAnnotate && !submission.holdsSlot()) {
            // The first label took a slot: the article is now in progress and the curator's.
            submission.refresh();
        }
    }

    private @Nullable Sentence focusedSentence() {
        return list.size() == 0 ? null : sentence(list.focusedIndex());
    }

    /** After a boundary edit: reload the article, keep the focus; the undo history no longer applies. */
    private void reload() {
        var keep = list.focusedIndex();
        var actor = currentUser.require();
        if (article != null) {
            load(actor, articles.get(actor, article.id()));
            list.focus(keep);
        }
    }

    private void updateReadOnly() {
        bar.setReadOnly(
                canAnnotate ? submission.readOnlyReason() : "Only curators of this project can label: read only.");
    }

    private void updateProgress() {
        var ids = list.rows().stream().map(ListRow::id).toList();
        progress.show(labels.decided(ids), ids.size());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        suggestions.cancel();
    }

    int focusedIndex() {
        return list.focusedIndex();
    }

    /** Moves the focus as the browser does; for tests. */
    void focus(int position) {
        list.focus(position);
    }

    SentenceLabels decisionAt(int position) {
        return labels.of(list.row(position).id());
    }

    ListRow rowAt(int position) {
        return list.row(position);
    }

    void splitAt(int offset) {
        boundaries.splitAt(offset);
    }

    void mergeWithNext() {
        boundaries.mergeWithNext();
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "Article" : article.title()) + " · Tagbench";
    }
}
