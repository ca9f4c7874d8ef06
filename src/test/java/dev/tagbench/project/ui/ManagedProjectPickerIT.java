package dev.tagbench.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.dashboard.ui.DashboardView;
import dev.tagbench.export.ui.ExportView;
import dev.tagbench.ingest.ui.ImportView;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.CurrentUser;
import dev.tagbench.user.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The managers' project chooser, and that every managers' view uses it. */
@TagbenchViewTest
class ManagedProjectPickerIT extends SpringBrowserlessTest {

    private static final String MANAGER = "picker-manager";

    @Autowired
    ProjectService projects;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserService users;

    @Autowired
    TestData data;

    Project managed;
    Project notManaged;

    @BeforeEach
    void projects() {
        var admin = data.admin();
        var manager = users.findByUsername(admin, MANAGER)
                .orElseGet(() -> users.create(admin, MANAGER, TestData.PASSWORD, "Picker Manager", false));
        managed = data.project();
        notManaged = data.project();
        data.member(managed, manager, ProjectRole.MANAGER);
        data.member(notManaged, manager, ProjectRole.REVIEWER);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void offers_only_the_projects_the_user_manages_and_chooses_the_requested_one() {
        var picker = new ManagedProjectPicker("Project", projects, currentUser);

        assertThat(picker.load(String.valueOf(managed.id()))).isTrue();

        assertThat(picker.getListDataView().getItems()).contains(managed).doesNotContain(notManaged);
        assertThat(picker.getValue()).isEqualTo(managed);
        assertThat(picker.getItemLabelGenerator().apply(managed)).isEqualTo(managed.name());
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_request_for_another_or_a_malformed_project_chooses_the_first_managed_one() {
        var picker = new ManagedProjectPicker("Project", projects, currentUser);
        var first = picker.load() ? picker.getValue() : null;

        for (var requested : List.of(String.valueOf(notManaged.id()), "not-a-number")) {
            picker.clear();
            assertThat(picker.load(requested)).isTrue();
            assertThat(picker.getValue()).isEqualTo(first);
        }
    }

    @Test
    @WithUserDetails("reviewer1")
    void someone_who_manages_nothing_gets_no_projects() {
        var picker = new ManagedProjectPicker("Project", projects, currentUser);

        assertThat(picker.load()).isFalse();
        assertThat(picker.getListDataView().getItemCount()).isZero();
        assertThat(picker.getValue()).isNull();
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void every_managers_view_chooses_its_project_with_the_picker() {
        for (Class<? extends Component> view :
                List.of(DashboardView.class, ImportView.class, ExportView.class, MembersView.class)) {
            navigate(view);
            assertThat($(ManagedProjectPicker.class).single().getValue())
                    .as(view.getSimpleName())
                    .isNotNull();
        }
        UI.getCurrent().navigate(ImportView.class, QueryParameters.of("project", String.valueOf(managed.id())));
        assertThat($(ManagedProjectPicker.class).single().getValue()).isEqualTo(managed);
    }
}
