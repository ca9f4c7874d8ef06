package dev.tagbench.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Projects view: New project for administrators, each project's set-up, archiving. */
@TagbenchViewTest
class ProjectsViewIT extends SpringBrowserlessTest {

    private static final String MANAGER = "projects-view-manager";
    private static final String NOBODY = "projects-view-nobody";

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @BeforeEach
    void accounts() {
        for (var username : List.of(MANAGER, NOBODY)) {
            if (users.findByUsername(data.admin(), username).isEmpty()) {
                users.create(data.admin(), username, TestData.PASSWORD, "", false);
            }
        }
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_creates_a_project_and_lands_in_its_settings() {
        navigate(ProjectsView.class);
        test($(Button.class).withText("New project").single()).click();
        var name = "Created in the view " + System.nanoTime();
        test($(TextField.class).withCaption("Name").single()).setValue(name);
        test($(Button.class).withText("Create").single()).click();

        var created = projects.findByName(data.admin(), name).orElseThrow();
        assertThat(getCurrentView()).isInstanceOf(ProjectSettingsView.class);
        assertThat(created.labels())
                .extracting(label -> label.key())
                .containsExactly("pledge", "attack_report", "troop_claim");
    }

    @Test
    @WithUserDetails("admin")
    void a_taken_name_is_said_at_the_field_and_the_dialog_stays() {
        var existing = data.project();
        navigate(ProjectsView.class);
        test($(Button.class).withText("New project").single()).click();
        var field = $(TextField.class).withCaption("Name").single();
        test(field).setValue(existing.name());
        test($(Button.class).withText("Create").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("exists already");
        assertThat(getCurrentView()).isInstanceOf(ProjectsView.class);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void a_manager_sees_only_the_projects_they_manage_and_archives_a_finished_one() {
        var manager = users.findByUsername(data.admin(), MANAGER).orElseThrow();
        var managed = data.project();
        var other = data.project();
        data.member(managed, manager, ProjectRole.MANAGER);
        var curator = data.user("curator");
        data.member(managed, curator, ProjectRole.ANNOTATOR);
        navigate(ProjectsView.class);
        assertThat($(Button.class).withText("New project").exists())
                .as("visible")
                .isFalse();
        Grid<Project> grid = $(Grid.class).single();
        var names = IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i).name())
                .toList();
        assertThat(names).contains(managed.name()).doesNotContain(other.name());
        var row = names.indexOf(managed.name());

        test((Button) test(grid).getCellComponent(row, "archive")).click();
        assertThat(projects.get(data.admin(), managed.id()).archived()).isTrue();
        assertThat(projects.visibleTo(curator)).extracting(Project::id).doesNotContain(managed.id());
        assertThat(projects.withRole(manager, ProjectRole.MANAGER))
                .extracting(Project::id)
                .contains(managed.id());
        assertThat(test(grid).getCellText(row, test(grid).getColumnPosition("state")))
                .isEqualTo("archived");

        test((Button) test(grid).getCellComponent(row, "archive")).click();
        assertThat(projects.visibleTo(curator)).extracting(Project::id).contains(managed.id());
    }

    @Test
    @WithUserDetails(value = NOBODY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void someone_who_manages_nothing_is_told_so() {
        navigate(ProjectsView.class);
        assertThat($(Paragraph.class).single().getText()).startsWith("You manage no project");
        assertThat($(Button.class).withText("New project").exists()).isFalse();
    }
}
