package dev.tagbench.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.annotation.ui.WorkbenchCommand.Clear;
import dev.tagbench.annotation.ui.WorkbenchCommand.Toggle;
import dev.tagbench.annotation.ui.WorkbenchCommand.Undo;
import dev.tagbench.article.ArticleService;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The workbench's logic without a browser: commands, autosave, undo and clashes with another tab. */
@TagbenchViewTest
@WithUserDetails("curator1")
class AnnotateViewIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ArticleService articles;

    AppUser curator;
    Project project;
    long articleId;

    @BeforeEach
    void setUp() {
        curator = data.account("curator1");
        project = data.project();
        data.member(project, curator, ProjectRole.ANNOTATOR);
        articleId = data.article(project);
    }

    @Test
    void hotkeys_toggle_labels_on_the_focused_sentence_and_save_at_once() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        view.run(new Toggle("1"));
        view.run(new Toggle("3"));
        view.focus(1);
        view.run(new Toggle("2"));
        view.run(new Clear());
        assertThat(view.decisionAt(0).labels()).containsExactly("pledge", "troop_claim");
        assertThat(stored()).extracting(s -> s.labels()).containsExactly(List.of("pledge", "troop_claim"), List.of());
        assertThat(progressText()).isEqualTo("2 of 4 sentences done");
        // What the browser draws: the labels as positions in the schema, the row no longer open.
        assertThat(view.rowAt(0).cells().getFirst().labels()).containsExactly(0, 2);
        assertThat(view.rowAt(0).open()).isFalse();
        assertThat(view.rowAt(2).open()).isTrue();
    }

    @Test
    void clear_marks_a_sentence_as_having_no_label() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        view.run(new Toggle("1"));
        view.run(new Clear());
        assertThat(view.decisionAt(0).decided()).isTrue();
        assertThat(view.decisionAt(0).labels()).isEmpty();
        // Decided with no labels: the browser draws the "no label" chip for an empty, non-null cell.
        assertThat(view.rowAt(0).cells().getFirst().labels()).isNotNull().isEmpty();
        assertThat(view.rowAt(0).classes()).isEqualTo("decided");
    }

    @Test
    void turning_off_the_only_label_makes_the_sentence_undecided_again() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        view.run(new Toggle("1"));
        view.run(new Toggle("1"));
        assertThat(view.decisionAt(0).decided()).isFalse();
        assertThat(stored()).isEmpty();
        assertThat(view.rowAt(0).open()).isTrue();
        assertThat(view.rowAt(0).cells().getFirst().labels()).isNull();
        assertThat(progressText()).isEqualTo("0 of 4 sentences done");
        view.run(new Undo());
        assertThat(stored()).extracting(s -> s.labels()).containsExactly(List.of("pledge"));
    }

    @Test
    void undo_steps_back_through_changes_down_to_undecided() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        view.run(new Toggle("1"));
        view.focus(1);
        view.run(new Toggle("2"));
        view.run(new Undo());
        assertThat(view.focusedIndex()).isEqualTo(1);
        assertThat(view.decisionAt(1).decided()).isFalse();
        view.run(new Undo());
        assertThat(view.focusedIndex()).isZero();
        assertThat(stored()).isEmpty();
        assertThat(progressText()).isEqualTo("0 of 4 sentences done");
    }

    @Test
    void focus_stays_within_the_article_and_opens_on_the_first_undecided_sentence() {
        var first = data.article(project);
        var view = navigate("articles/" + first, AnnotateView.class);
        view.focus(-1);
        assertThat(view.focusedIndex()).isZero();
        view.run(new Toggle("1"));
        view.focus(10);
        assertThat(view.focusedIndex()).isEqualTo(3);
        var reopened = navigate("articles/" + first, AnnotateView.class);
        assertThat(reopened.focusedIndex()).isEqualTo(1);
    }

    @Test
    void submitting_makes_the_labels_read_only_and_says_why() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        for (var i = 0; i < 4; i++) {
            view.focus(i);
            view.run(new Clear());
        }
        view.run(new WorkbenchCommand.Submit());
        assertThat($(Span.class).id("work-status").getText()).contains("you submitted");
        view.focus(0);
        view.run(new Toggle("1"));
        assertThat(stored().getFirst().labels()).isEmpty();
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("reopen it"));
    }

    @Test
    void a_change_made_in_another_tab_is_never_overwritten() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        var sentenceId = data.sentenceIds(articleId).getFirst();
        annotations.setLabels(curator, sentenceId, List.of("attack_report"), 0, ChangeSource.API);
        view.run(new Toggle("1"));
        assertThat(stored().getFirst().labels()).containsExactly("attack_report");
        assertThat(view.decisionAt(0).labels()).containsExactly("attack_report");
        assertThat(test($(Notification.class).last()).getText()).contains("changed in another tab");
    }

    @Test
    void members_without_the_curator_role_can_read_but_not_label() {
        var other = data.project();
        data.member(other, curator, ProjectRole.REVIEWER);
        var id = data.article(other);
        var view = navigate("articles/" + id, AnnotateView.class);
        view.run(new Toggle("1"));
        assertThat(annotations.labelsOf(curator, id)).isEmpty();
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("Only curators"));
    }

    @Test
    void a_manager_splits_and_merges_from_the_workbench() {
        data.member(project, curator, ProjectRole.ANNOTATOR, ProjectRole.MANAGER);
        var view = navigate("articles/" + articleId, AnnotateView.class);
        var first = data.sentenceIds(articleId).size();
        view.run(new Toggle("1"));
        view.mergeWithNext();
        assertThat(data.sentenceIds(articleId)).hasSize(first - 1);
        assertThat(view.decisionAt(0).labels()).containsExactly("pledge");
        assertThat(view.focusedIndex()).isZero();
        var merged = view.decisionAt(0);
        var text = articles.get(curator, articleId).sentences().getFirst();
        view.splitAt(text.start() + text.text().indexOf("Troops"));
        assertThat(data.sentenceIds(articleId)).hasSize(first);
        assertThat(view.decisionAt(0).labels()).isEqualTo(merged.labels());
        assertThat(view.decisionAt(1).labels()).isEqualTo(merged.labels());
    }

    @Test
    void curators_do_not_see_the_boundary_tools() {
        var view = navigate("articles/" + articleId, AnnotateView.class);
        assertThat($(Span.class).all())
                .filteredOn(span -> "Fix sentence boundaries:".equals(span.getText()))
                .allSatisfy(span ->
                        assertThat(span.getParent().orElseThrow().isVisible()).isFalse());
        view.mergeWithNext();
        assertThat(data.sentenceIds(articleId)).hasSize(4);
    }

    private List<SentenceLabels> stored() {
        return annotations.labelsOf(curator, articleId);
    }

    private String progressText() {
        return $(Span.class).id("progress").getText();
    }
}
