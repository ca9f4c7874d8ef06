package dev.tagbench.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ui.GuidelinesDialog;
import dev.tagbench.review.ui.ReviewCommand.Accept;
import dev.tagbench.review.ui.ReviewCommand.Clear;
import dev.tagbench.review.ui.ReviewCommand.Toggle;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review view's logic without a browser: opening starts the review, keys set final labels. */
@TagbenchViewTest
@WithUserDetails("reviewer1")
class ReviewViewIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ArticleWorkflow workflow;

    @Test
    void opening_an_annotated_article_starts_its_review_and_keys_decide_final_labels() {
        var project = data.project();
        var reviewer = data.account("reviewer1");
        var a = data.user("a");
        var b = data.user("b");
        data.member(project, reviewer, ProjectRole.REVIEWER);
        data.member(project, a, ProjectRole.ANNOTATOR);
        data.member(project, b, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        var sentences = data.sentenceIds(articleId);
        for (var i = 0; i < sentences.size(); i++) {
            annotations.setLabels(a, sentences.get(i), i == 0 ? List.of("pledge") : List.of(), null, ChangeSource.API);
            annotations.setLabels(
                    b, sentences.get(i), i == 0 ? List.of("troop_claim") : List.of(), null, ChangeSource.API);
        }
        assignments.submit(a, articleId);
        assignments.submit(b, articleId);

        var view = navigate("review/" + articleId, ReviewView.class);
        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat($(Span.class).id("review-status").getText()).isEqualTo("Article in review · you are reviewing");
        assertThat(view.rows()).hasSize(4);
        assertThat(view.rows().getFirst().agreed()).isFalse();
        assertThat($(Span.class).id("review-open").getText()).isEqualTo("1 sentence without final labels");

        view.run(new Accept(1));
        assertThat(view.rows().getFirst().finalLabels()).containsExactly("troop_claim");
        view.run(new Toggle("1"));
        assertThat(view.rows().getFirst().finalLabels()).containsExactly("pledge", "troop_claim");
        view.run(new Clear());
        assertThat(view.rows().getFirst().finalLabels()).isEmpty();
        assertThat($(Span.class).id("review-open").getText()).isEqualTo("0 sentences without final labels");

        view.run(new ReviewCommand.Guidelines());
        view.run(new ReviewCommand.Guidelines());
        assertThat($(GuidelinesDialog.class).all())
                .as("g twice opens them once")
                .hasSize(1);
        view.run(new ReviewCommand.Approve());
        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.APPROVED);
        // The reviewer reads about their own review, never "reviewer1 is reviewing (read only)".
        assertThat($(Span.class).id("review-status").getText()).isEqualTo("Article approved · reviewed by you");
    }

    @Test
    void a_reviewer_curating_the_article_sees_why_and_none_of_the_other_curators_labels() {
        var project = data.project();
        var reviewer = data.account("reviewer1");
        var other = data.user("other");
        data.member(project, reviewer, ProjectRole.REVIEWER, ProjectRole.ANNOTATOR);
        data.member(project, other, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        var sentences = data.sentenceIds(articleId);
        for (var sentence : sentences) {
            annotations.setLabels(other, sentence, List.of("attack_report"), null, ChangeSource.API);
        }
        assignments.submit(other, articleId);
        annotations.setLabels(reviewer, sentences.getFirst(), List.of("pledge"), null, ChangeSource.API);

        var view = navigate("review/" + articleId, ReviewView.class);
        assertThat(view.rows()).isEmpty();
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .contains(AnnotationService.CURATING_IT)
                .noneMatch(text -> text.contains(other.username()) || text.contains("attack_report"));
        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.IN_PROGRESS);
    }
}
