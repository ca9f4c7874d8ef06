package dev.tagbench.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.project.LabelsInUseException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.project.SchemaChangedException;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A project's settings for its managers: curators per article, blind mode, segmenter, the label
 * schema and the guidelines, stored together with one Save. Saving names the schema version the
 * page was loaded with, so a manager whose colleague saved first is told and loses nothing.
 */
@Route("projects/:projectId")
@PermitAll
public class ProjectSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ProjectSetupService setup;
    private final CurrentUser currentUser;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final IntegerField perArticle = new IntegerField("Curators per article");
    private final Checkbox blind = new Checkbox("Blind: curators see only their own labels");
    private final Select<InstalledExtension> segmenter = new Select<>();
    private final Paragraph cleaners = new Paragraph();
    private final LabelSchemaEditor labels = new LabelSchemaEditor();
    private final TextArea guidelines = new TextArea("Guidelines");
    private final MarkdownText preview = new MarkdownText("");
    private @Nullable Project project;

    public ProjectSettingsView(ProjectService projects, ProjectSetupService setup, CurrentUser currentUser) {
        this.projects = projects;
        this.setup = setup;
        this.currentUser = currentUser;
        addClassName("project-settings");
        status.addClassName("project-status");
        perArticle.setMin(1);
        perArticle.setMax(50);
        perArticle.setStepButtonsVisible(true);
        segmenter.setLabel("Segmenter");
        segmenter.setItemLabelGenerator(InstalledExtension::name);
        segmenter.setHelperText("Cuts articles imported from now on into sentences.");
        guidelines.setWidthFull();
        guidelines.setMinHeight("12rem");
        guidelines.setMaxLength(100_000);
        guidelines.setHelperText("How to apply the labels, in Markdown: # headings, **bold**, lists, links.");
        guidelines.setValueChangeMode(ValueChangeMode.LAZY);
        guidelines.addValueChangeListener(change -> preview.setMarkdown(change.getValue()));
        preview.addClassName("guidelines-preview");
        var rename = new Button("Rename…", click -> rename());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new HorizontalLayout(title, status, rename);
        heading.setAlignItems(Alignment.BASELINE);
        var settings = new HorizontalLayout(perArticle, blind, segmenter);
        settings.setAlignItems(Alignment.BASELINE);
        settings.setWrap(true);
        var save = new Button("Save", click -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-project");
        add(
                heading,
                new H3("Setup"),
                settings,
                cleaners,
                new H3("Labels"),
                labels,
                new H3("Guidelines"),
                guidelines,
                preview,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters()
                .getLong("projectId")
                .orElseThrow(() -> new NotFoundException("No such project"));
        try {
            show(projects.requireRole(currentUser.require(), id, ProjectRole.MANAGER));
        } catch (dev.tagbench.base.NotFoundException e) {
            throw new NotFoundException("No such project");
        } catch (ForbiddenException e) {
            removeAll();
            add(new H2("Project settings"), new Paragraph(e.getMessage()));
        }
    }

    private void show(Project shown) {
        project = shown;
        title.setText(shown.name());
        status.setText((shown.archived() ? "Archived · " : "") + "schema version " + shown.schemaVersion());
        perArticle.setValue(shown.annotatorsPerArticle());
        perArticle.setInvalid(false);
        blind.setValue(shown.blind());
        var segmenters = setup.segmenters(currentUser.require());
        segmenter.setItems(segmenters);
        segmenters.stream()
                .filter(s -> s.id().equals(shown.segmenterId()))
                .findFirst()
                .ifPresent(segmenter::setValue);
        cleaners.setText("Cleaners (every import runs them all): "
                + setup.cleaners(currentUser.require()).stream()
                        .map(InstalledExtension::name)
                        .collect(Collectors.joining(", "))
                + ".");
        labels.setLabels(shown.labels());
        guidelines.setValue(shown.guidelines());
        preview.setMarkdown(shown.guidelines());
    }

    /** Stores what changed; public for tests, as the Save button does it. */
    void save(boolean removeInUse) {
        var loaded = Objects.requireNonNull(project);
        var edited = labels.labels();
        var chosen = segmenter.getValue();
        var changes = new ProjectChanges(
                null,
                Objects.equals(perArticle.getValue(), loaded.annotatorsPerArticle())
                        ? null
                        : Objects.requireNonNullElse(perArticle.getValue(), 0),
                blind.getValue() == loaded.blind() ? null : blind.getValue(),
                guidelines.getValue().equals(loaded.guidelines()) ? null : guidelines.getValue(),
                chosen == null || chosen.id().equals(loaded.segmenterId()) ? null : chosen.id(),
                null);
        try {
            var saved = setup.save(
                    currentUser.require(),
                    loaded.id(),
                    changes,
                    edited.equals(loaded.labels()) ? null : edited,
                    loaded.schemaVersion(),
                    removeInUse);
            show(saved);
            notify("Saved. The schema is at version " + saved.schemaVersion() + ".", NotificationVariant.LUMO_SUCCESS);
        } catch (LabelsInUseException e) {
            new RemovalConfirmation(e.uses(), () -> save(true)).open();
        } catch (SchemaChangedException e) {
            var reload = new Button(
                    "Load their version",
                    click -> show(projects.requireRole(currentUser.require(), loaded.id(), ProjectRole.MANAGER)));
            var message =
                    new Notification(new Span(e.getMessage() + " Your edits stay here until you load it."), reload);
            message.addThemeVariants(NotificationVariant.LUMO_WARNING);
            message.setDuration(0);
            message.open();
            reload.addClickListener(click -> message.close());
        } catch (InvalidInputException e) {
            for (var error : labels.showErrors(e.errors())) {
                switch (error.field()) {
                    case "annotatorsPerArticle" -> invalid(perArticle, error.message());
                    case "guidelines" -> {
                        guidelines.setErrorMessage(error.message());
                        guidelines.setInvalid(true);
                    }
                    default -> notify(error.message(), NotificationVariant.LUMO_ERROR);
                }
            }
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (ConflictException | ForbiddenException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void rename() {
        var loaded = Objects.requireNonNull(project);
        new ProjectNameDialog("Rename project", "Rename", loaded.name(), name -> {
                    var saved = setup.save(
                            currentUser.require(),
                            loaded.id(),
                            new ProjectChanges(name, null, null, null, null, null),
                            null,
                            null,
                            false);
                    title.setText(saved.name());
                    project = saved;
                })
                .open();
    }

    private static void invalid(IntegerField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void notify(String message, NotificationVariant variant) {
        var notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return (project == null ? "Project" : project.name()) + " · Tagbench";
    }
}
