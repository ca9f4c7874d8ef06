package dev.tagbench.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The projects a manager sets up (administrators: all, and New project): how each is run, a link to
 * its settings, and archiving a finished one so curators no longer see it.
 */
@Route("projects")
@PageTitle("Projects · Tagbench")
@PermitAll
public class ProjectsView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final ProjectSetupService setup;
    private final CurrentUser currentUser;
    private final Grid<Project> grid = new Grid<>();
    private final Button create = new Button("New project", VaadinIcon.PLUS.create(), click -> newProject());
    /** Segmenter id → name, and the cleaners' names: the plugin registries, read on entering. */
    private Map<String, String> segmenters = Map.of();

    private String cleaners = "";

    public ProjectsView(ProjectService projects, ProjectSetupService setup, CurrentUser currentUser) {
        this.projects = projects;
        this.setup = setup;
        this.currentUser = currentUser;
        addClassName("projects-view");
        grid.addComponentColumn(ProjectsView::settingsLink).setHeader("Name").setFlexGrow(3);
        grid.addColumn(Project::annotatorsPerArticle)
                .setHeader("Curators per article")
                .setAutoWidth(true);
        grid.addColumn(project -> project.blind() ? "blind" : "open")
                .setHeader("Mode")
                .setAutoWidth(true);
        grid.addColumn(project -> segmenters.getOrDefault(project.segmenterId(), project.segmenterId()))
                .setHeader("Segmenter")
                .setAutoWidth(true);
        grid.addColumn(project -> cleaners).setHeader("Cleaners").setFlexGrow(2);
        grid.addColumn(project -> project.archived() ? "archived" : "active")
                .setHeader("State")
                .setKey("state")
                .setAutoWidth(true);
        grid.addComponentColumn(this::archiveButton).setKey("archive").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Projects"), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actor = currentUser.require();
        var managed = projects.withRole(actor, ProjectRole.MANAGER);
        segmenters = setup.segmenters(actor).stream()
                .collect(Collectors.toMap(InstalledExtension::id, InstalledExtension::name));
        cleaners = setup.cleaners(actor).stream().map(InstalledExtension::name).collect(Collectors.joining(", "));
        create.setVisible(actor.admin());
        if (managed.isEmpty() && !actor.admin()) {
            removeAll();
            add(new H2("Projects"), new Paragraph("You manage no project, so there is no project to set up here."));
            return;
        }
        grid.setItems(managed);
    }

    private void newProject() {
        new ProjectNameDialog("New project", "Create", "", name -> {
                    var created = projects.create(currentUser.require(), new NewProject(name, null, null));
                    getUI().ifPresent(ui -> ui.navigate(
                            ProjectSettingsView.class, new RouteParameters("projectId", String.valueOf(created.id()))));
                })
                .open();
    }

    private Component archiveButton(Project project) {
        var button = new Button(project.archived() ? "Unarchive" : "Archive", click -> {
            try {
                setup.save(
                        currentUser.require(),
                        project.id(),
                        ProjectChanges.archive(!project.archived()),
                        null,
                        null,
                        false);
                Notification.show(
                        project.archived()
                                ? project.name() + " is active again: curators see it."
                                : project.name()
                                        + " is archived: curators and reviewers no longer see it; nothing was deleted.");
                grid.setItems(projects.withRole(currentUser.require(), ProjectRole.MANAGER));
            } catch (ForbiddenException | ConflictException e) {
                Notification.show(e.getMessage());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static RouterLink settingsLink(Project project) {
        var link = new RouterLink(
                project.name(),
                ProjectSettingsView.class,
                new RouteParameters("projectId", String.valueOf(project.id())));
        link.addClassName("project-link");
        return link;
    }
}
