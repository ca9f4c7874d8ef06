package dev.tagbench.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Member;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Managers decide who works in a project and how: members and their roles, curators per article, blind mode. */
@Route("members")
@PageTitle("Members · Tagbench")
@PermitAll
public class MembersView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final ProjectSetupService setup;
    private final CurrentUser currentUser;
    private final ManagedProjectPicker projectChooser;
    private final Grid<Member> grid = new Grid<>();
    private final TextField username = new TextField("Username");
    private final CheckboxGroup<ProjectRole> roles = new CheckboxGroup<>("Roles");
    private final IntegerField perArticle = new IntegerField("Curators per article");
    private final Checkbox blind = new Checkbox("Blind: curators never see each other's labels or names");

    public MembersView(ProjectService projects, ProjectSetupService setup, CurrentUser currentUser) {
        this.projects = projects;
        this.setup = setup;
        this.currentUser = currentUser;
        this.projectChooser = new ManagedProjectPicker("Project", projects, currentUser);
        projectChooser.addValueChangeListener(change -> show(change.getValue()));
        grid.addColumn(Member::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(Member::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(member ->
                        member.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                username.setValue(selected.getValue().username());
                roles.setValue(selected.getValue().roles());
            }
        });
        roles.setItems(ProjectRole.values());
        var save = new Button("Set roles", click -> setRoles());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var memberForm = new HorizontalLayout(username, roles, save);
        memberForm.setAlignItems(Alignment.BASELINE);
        perArticle.setMin(1);
        perArticle.setMax(50);
        perArticle.setStepButtonsVisible(true);
        var saveSettings = new Button("Save settings", click -> saveSettings());
        var settings = new HorizontalLayout(perArticle, blind, saveSettings);
        settings.setAlignItems(Alignment.BASELINE);
        add(
                new H2("Members"),
                projectChooser,
                grid,
                new H3("Add a member or change roles (no role removes them)"),
                memberForm,
                new H3("Settings"),
                settings);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!projectChooser.load()) {
            // The member and settings forms are managers' tools; others reach this page only by its URL.
            removeAll();
            add(new H2("Members"), new Paragraph("You manage no project, so there are no members to manage."));
        }
    }

    private void show(@Nullable Project project) {
        if (project == null) {
            return;
        }
        grid.setItems(projects.members(currentUser.require(), project.id()));
        perArticle.setValue(project.annotatorsPerArticle());
        blind.setValue(project.blind());
    }

    private void setRoles() {
        var project = projectChooser.getValue();
        if (project == null) {
            return;
        }
        try {
            Set<ProjectRole> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
            projects.setMemberRoles(
                    currentUser.require(), project.id(), username.getValue().strip(), chosen);
            Notification.show("Roles saved for " + username.getValue().strip() + ".");
            show(project);
        } catch (NotFoundException | ForbiddenException | InvalidInputException | ConflictException e) {
            Notification.show(e.getMessage());
        }
    }

    private void saveSettings() {
        var project = projectChooser.getValue();
        if (project == null || perArticle.getValue() == null) {
            return;
        }
        try {
            var saved = setup.save(
                    currentUser.require(),
                    project.id(),
                    new ProjectChanges(null, perArticle.getValue(), blind.getValue(), null, null, null),
                    null,
                    null,
                    false);
            Notification.show("Settings saved.");
            show(saved);
        } catch (ForbiddenException | InvalidInputException | ConflictException e) {
            Notification.show(e.getMessage());
        }
    }
}
