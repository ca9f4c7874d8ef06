package dev.tagbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.agreement.AgreementService;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A curator who also reviews (or manages) never sees the other curators' labels on an article while
 * their own labels there can still change: not in the review, its agreement, the assignments of a
 * blind project, nor the project's figures. Three curators per article, so two others' submissions
 * would make a review and an agreement figure.
 */
@TagbenchIntegrationTest
class CuratingReviewerIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectSetupService setup;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    AgreementService agreement;

    @Autowired
    ApiTokenService tokens;

    Project project;
    AppUser first;
    AppUser second;
    AppUser curatingReviewer;
    AppUser reviewer;
    long article;
    ApiClient asCuratingReviewer;

    @BeforeEach
    void setUp() {
        project = data.project();
        setup.save(data.admin(), project.id(), new ProjectChanges(null, 3, true, null, null, null), null, null, false);
        first = data.user("first");
        second = data.user("second");
        curatingReviewer = data.user("curating-reviewer");
        reviewer = data.user("reviewer");
        data.member(project, first, ProjectRole.ANNOTATOR);
        data.member(project, second, ProjectRole.ANNOTATOR);
        data.member(project, curatingReviewer, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        article = data.article(project);
        labelAndSubmit(first, "attack_report");
        labelAndSubmit(second, "attack_report");
        label(curatingReviewer, List.of("pledge"));
        asCuratingReviewer = ApiClient.withToken(
                port, tokens.create(curatingReviewer, "review").token());
    }

    @Test
    void with_an_unsubmitted_slot_the_review_and_its_labels_stay_hidden() {
        var review = asCuratingReviewer.get("/api/v1/articles/" + article + "/review");
        assertThat(review.status()).isEqualTo(403);
        assertThat(review.body())
                .contains("You are curating this article")
                .doesNotContain("attack_report", first.username(), second.username());
        var figures = asCuratingReviewer.get("/api/v1/articles/" + article + "/agreement");
        assertThat(figures.status()).isEqualTo(403);
        assertThatThrownBy(() -> reviews.sheet(curatingReviewer, article)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> annotations.submittedDecisions(curatingReviewer, article))
                .isInstanceOf(ForbiddenException.class);

        // A reviewer who does not curate the article sees both submissions.
        assertThat(reviews.sheet(reviewer, article).curators()).containsExactly(first.username(), second.username());
    }

    @Test
    void a_submission_that_can_still_be_reopened_keeps_them_hidden_until_review_starts() {
        completeAndSubmit(curatingReviewer);
        assertThat(asCuratingReviewer
                        .get("/api/v1/articles/" + article + "/review")
                        .status())
                .as("submitted, but reopening would let them change their labels after a look")
                .isEqualTo(403);

        reviews.start(reviewer, article);
        var review = asCuratingReviewer.get("/api/v1/articles/" + article + "/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("attack_report", first.username());

        reviews.reject(reviewer, article, "Look again at the first sentence.");
        assertThat(asCuratingReviewer
                        .get("/api/v1/articles/" + article + "/review")
                        .status())
                .as("a rejection gives every curator their slot back")
                .isEqualTo(403);
    }

    @Test
    void in_a_blind_project_they_see_only_their_own_slot() {
        var response = asCuratingReviewer.get("/api/v1/articles/" + article + "/assignments");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains(curatingReviewer.username())
                .doesNotContain(first.username(), second.username());
        assertThat(assignments.assignments(reviewer, article)).hasSize(3);
    }

    @Test
    void project_figures_leave_out_the_articles_they_curate() {
        var theirs = annotations.progress(curatingReviewer, project.id());
        assertThat(theirs.labelCounts()).doesNotContainKey("attack_report").doesNotContainKey("pledge");
        assertThat(theirs.decidedPerCurator()).isEmpty();
        assertThat(theirs.leftOut()).isEqualTo(1);
        assertThat(agreement.forProject(curatingReviewer, project.id()).sentences())
                .isZero();

        var others = annotations.progress(reviewer, project.id());
        assertThat(others.labelCounts()).containsKey("attack_report");
        assertThat(others.leftOut()).isZero();
        assertThat(agreement.forProject(reviewer, project.id()).sentences()).isPositive();
    }

    private void labelAndSubmit(AppUser curator, String firstLabel) {
        label(curator, List.of(firstLabel));
        completeAndSubmit(curator);
    }

    private void label(AppUser curator, List<String> firstLabels) {
        annotations.setLabels(curator, data.sentenceIds(article).getFirst(), firstLabels, null, ChangeSource.API);
    }

    private void completeAndSubmit(AppUser curator) {
        data.sentenceIds(article).stream()
                .skip(1)
                .forEach(sentence -> annotations.setLabels(curator, sentence, List.of(), null, ChangeSource.API));
        assignments.submit(curator, article);
    }
}
