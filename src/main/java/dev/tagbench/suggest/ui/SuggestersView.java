package dev.tagbench.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.suggest.SuggesterInfo;
import dev.tagbench.suggest.SuggesterService;
import dev.tagbench.suggest.SuggestionSettingsService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Managers set up suggestions per project: the threshold, whether curators see them, active
 * learning, which suggesters run, the rules, training, and each model's status and measured quality.
 */
@Route("suggesters")
@PageTitle("Suggestions · Tagbench")
@PermitAll
public class SuggestersView extends VerticalLayout implements BeforeEnterObserver {

    private final SuggesterService suggesters;
    private final SuggestionSettingsService settings;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ComboBox<Project> projectChooser = new ComboBox<>("Project");
    private final SettingsForm form;
    private final Grid<SuggesterInfo> grid = new Grid<>();
    private final Div quality = new Div();
    private final RulesEditor rules;

    public SuggestersView(
            SuggesterService suggesters,
            SuggestionSettingsService settings,
            ProjectService projects,
            CurrentUser currentUser) {
        this.suggesters = suggesters;
        this.settings = settings;
        this.projects = projects;
        this.currentUser = currentUser;
        form = new SettingsForm(values -> act(() -> settings.update(
                currentUser.require(),
                projectId(),
                values.threshold(),
                values.curatorsSee(),
                values.activeLearning())));
        rules = new RulesEditor(
                (on, json) -> act(() -> suggesters.update(currentUser.require(), projectId(), "rules", on, json)));
        projectChooser.setItemLabelGenerator(Project::name);
        projectChooser.addValueChangeListener(change -> refresh());
        grid.addColumn(SuggesterInfo::name).setHeader("Suggester").setFlexGrow(2);
        grid.addComponentColumn(this::enabledToggle).setHeader("On").setAutoWidth(true);
        grid.addColumn(SuggesterInfo::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(info -> info.trainable() ? String.valueOf(info.trainedOn()) : "—")
                .setHeader("Trained on")
                .setAutoWidth(true);
        grid.addColumn(info -> info.trainedAt() == null
                        ? "—"
                        : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                                info.trainedAt().atOffset(ZoneOffset.UTC).withNano(0)))
                .setHeader("Trained at (UTC)")
                .setAutoWidth(true);
        grid.addColumn(SuggestersView::note).setHeader("Note").setFlexGrow(3);
        grid.addComponentColumn(this::trainButton).setAutoWidth(true);
        grid.addComponentColumn(this::settingsButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(
                new H2("Suggestions"),
                new Paragraph("Suggestions are hints shown next to sentences; they become labels only when someone"
                        + " accepts them. Models learn from approved sentences only, never from a curator's"
                        + " unreviewed work."),
                projectChooser,
                new H3("Settings"),
                form,
                new H3("Suggesters"),
                grid,
                new H3("Quality"),
                quality,
                new H3("Keywords and patterns"),
                rules);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var managed = projects.withRole(currentUser.require(), ProjectRole.MANAGER);
        projectChooser.setItems(managed);
        if (!managed.isEmpty()) {
            projectChooser.setValue(managed.getFirst());
        } else {
            // The settings are managers' tools; others reach this page only by its URL.
            removeAll();
            add(new H2("Suggestions"), new Paragraph("You manage no project, so there are no suggestions to set up."));
        }
    }

    private Checkbox enabledToggle(SuggesterInfo info) {
        var box = new Checkbox(info.enabled());
        box.setAriaLabel("Use " + info.name());
        box.addValueChangeListener(change ->
                act(() -> suggesters.update(currentUser.require(), projectId(), info.id(), change.getValue(), null)));
        return box;
    }

    private @Nullable Button trainButton(SuggesterInfo info) {
        if (!info.trainable()) {
            return null;
        }
        var button = new Button(
                "Train now", click -> act(() -> suggesters.train(currentUser.require(), projectId(), info.id())));
        button.setEnabled(info.enabled() && !info.status().equals("training"));
        return button;
    }

    /** Why the status is what it is, and what of a model's answers was left out. */
    private static String note(SuggesterInfo info) {
        var note = info.message() == null ? "" : info.message();
        if (info.ignoredAnswers() > 0) {
            note += (note.isEmpty() ? "" : " ") + info.ignoredAnswers() + " answers left out (latest: "
                    + info.lastIgnored() + ")";
        }
        return note;
    }

    /** Settings as JSON for suggesters without an editor here; the rules have theirs below. */
    private @Nullable Button settingsButton(SuggesterInfo info) {
        if (info.trainable() || info.id().equals("rules")) {
            return null;
        }
        return new Button(
                "Settings",
                click -> new SettingsDialog(
                                info,
                                json -> act(() -> suggesters.update(
                                        currentUser.require(), projectId(), info.id(), info.enabled(), json)))
                        .open());
    }

    /** Runs a change, shows a refusal as a message instead of an error page, and shows the result. */
    private void act(Runnable change) {
        try {
            change.run();
            Notification.show("Saved.");
        } catch (InvalidInputException | ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    private void refresh() {
        var project = projectChooser.getValue();
        if (project == null) {
            return;
        }
        var actor = currentUser.require();
        form.show(settings.settings(actor, project.id()));
        var list = suggesters.suggesters(actor, project.id());
        grid.setItems(list);
        quality.removeAll();
        list.stream().filter(SuggesterInfo::trainable).forEach(info -> quality.add(QualityTable.of(info, project)));
        list.stream()
                .filter(info -> info.id().equals("rules"))
                .findFirst()
                .ifPresentOrElse(
                        info -> rules.show(project.labels(), info.enabled(), info.settings()),
                        () -> rules.setVisible(false));
    }

    private long projectId() {
        var project = projectChooser.getValue();
        if (project == null) {
            throw new InvalidInputException("project", "Choose a project.");
        }
        return project.id();
    }
}
