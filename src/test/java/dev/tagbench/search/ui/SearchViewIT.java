package dev.tagbench.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.ui.ActivityView;
import dev.tagbench.annotation.ui.HistoryList;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.search.SearchHit;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Search view and the activity feed as a manager uses them. */
@TagbenchViewTest
class SearchViewIT extends SpringBrowserlessTest {

    private static final String MANAGER = "search-view-manager";

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    Project project;
    AppUser curator;
    long article;
    List<Long> sentences;

    @BeforeEach
    void setUp() {
        var admin = data.admin();
        var manager = users.findByUsername(admin, MANAGER)
                .orElseGet(() -> users.create(admin, MANAGER, TestData.PASSWORD, "", false));
        project = data.project();
        curator = data.user("search-view-curator");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, curator, ProjectRole.ANNOTATOR);
        article = data.article(project);
        sentences = data.sentenceIds(article);
        assignments.assign(manager, article, curator.username());
        annotations.setLabels(curator, sentences.get(0), List.of("pledge"), null, ChangeSource.UI);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void a_linked_search_shows_marked_hits_and_a_manager_turns_it_into_suggestions() {
        open(Map.of("q", "drone"));
        Grid<SearchHit> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        var hit = test(grid).getRow(0);
        assertThat(hit.sentenceId()).isEqualTo(sentences.get(2));
        assertThat(hit.link()).isEqualTo("articles/" + article + "?sentence=" + sentences.get(2));
        assertThat(summary()).isEqualTo("Sentences 1–1 of 1.");

        ComboBox<Label> label = $(ComboBox.class).id("bulk-label");
        label.setValue(project.label("attack_report").orElseThrow());
        test($(Button.class).id("bulk-suggest")).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("The 1 sentences found get a suggestion of Attack report");
        test(confirm).confirm();
        assertThat($(Span.class).id("bulk-report").getText())
                .isEqualTo("Suggested Attack report for 1 sentences; 0 of them already carry a conflicting decision.");
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void words_the_parser_cannot_use_are_explained_and_filters_come_from_the_link() {
        open(Map.of("q", "the"));
        assertThat(summary()).contains("no words to look for");
        assertThat(test($(Grid.class).single()).size()).isZero();

        open(Map.of("label", "pledge", "sort", "article"));
        Grid<SearchHit> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).labels()).containsExactly("pledge");
        test($(TextField.class).id("search-words")).setValue("pledged");
        test($(Button.class).id("search-run")).click();
        assertThat(test(grid).size()).as("words and the label filter together").isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_activity_feed_shows_the_latest_changes_for_managers() {
        navigate(ActivityView.class);
        UI.getCurrent().navigate(ActivityView.class, QueryParameters.of("project", String.valueOf(project.id())));
        var entries = $(HistoryList.class).single().getChildren().toList();
        assertThat(entries)
                .extracting(entry -> entry.getElement().getAttribute("data-kind"))
                .contains("label", "state");
        var label = entries.stream()
                .filter(entry -> "label".equals(entry.getElement().getAttribute("data-kind")))
                .findFirst()
                .orElseThrow();
        assertThat(label.getElement().getTextRecursively())
                .contains(curator.username(), "undecided → pledge", "in the workbench");
    }

    private void open(Map<String, String> parameters) {
        var query = new HashMap<>(parameters);
        query.put("project", String.valueOf(project.id()));
        // The browserless navigation first, which knows the routes; then the link with its query.
        navigate(SearchView.class);
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(query));
    }

    private String summary() {
        return $(Span.class).id("search-summary").getText();
    }
}
