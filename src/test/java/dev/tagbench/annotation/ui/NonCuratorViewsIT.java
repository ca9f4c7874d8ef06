package dev.tagbench.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.ui.WorkbenchCommand.Toggle;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.GuidelinesDialog;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** What managers and administrators, who are no curators, see in the article list and the workbench. */
@TagbenchViewTest
@WithUserDetails("admin")
class NonCuratorViewsIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    ProjectService projects;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Test
    @SuppressWarnings("unchecked")
    void the_article_list_shows_managers_who_holds_each_article_instead_of_their_own_progress() {
        var project = data.project();
        var ana = data.user("ana");
        var ben = data.user("ben");
        data.member(project, ana, ProjectRole.ANNOTATOR);
        data.member(project, ben, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        for (var curator : List.of(ana, ben)) {
            data.sentenceIds(articleId)
                    .forEach(id -> annotations.setLabels(curator, id, List.of(), null, ChangeSource.API));
        }
        assignments.submit(ana, articleId);

        UI.getCurrent().navigate(WorklistView.class, QueryParameters.of("project", String.valueOf(project.id())));
        Grid<WorklistView.Row> grid = $(Grid.class).single();
        assertThat(grid.getColumnByKey("title").getTooltipGenerator()).isNotNull();
        var headers = grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getHeaderText)
                .toList();
        assertThat(headers).contains("Held by").doesNotContain("My progress");
        assertThat(WorklistView.holders(test(grid).getRow(0))).isEqualTo(ana.username() + " ✓, " + ben.username());
        assertThat($(Button.class).withText("Next article").exists())
                .as("visible")
                .isFalse();
    }

    @Test
    void an_administrator_is_told_why_labelling_fails_and_can_become_a_curator_in_one_click() {
        var admin = data.admin();
        var project = data.project();
        var articleId = data.article(project);
        var view = navigate("articles/" + articleId, AnnotateView.class);
        var notice = $(CuratorNotice.class).single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively()).contains("You are not a curator in " + project.name());

        test($(Button.class).withText("Add me as curator").single()).click();
        assertThat(projects.rolesOf(admin, project.id())).contains(ProjectRole.ANNOTATOR);
        assertThat(notice.isVisible()).isFalse();
        view.run(new Toggle("1"));
        assertThat(annotations.labelsOf(admin, articleId).getFirst().labels()).containsExactly("pledge");

        view.run(new WorkbenchCommand.Guidelines());
        assertThat($(GuidelinesDialog.class).single().getHeaderTitle()).isEqualTo("Guidelines · " + project.name());
    }
}
