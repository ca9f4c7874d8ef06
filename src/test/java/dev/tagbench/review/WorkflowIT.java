package dev.tagbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.AssignmentStatus;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.article.SentenceEditService;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Every state transition and the permissions around them, against real PostgreSQL. */
@TagbenchIntegrationTest
class WorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    AnnotationService annotations;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ArticleService articles;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SentenceEditService sentenceEdits;

    Project project;
    AppUser curator1;
    AppUser curator2;
    AppUser reviewer;
    long articleId;
    List<Long> sentences;

    @BeforeEach
    void setUp() {
        project = data.project();
        curator1 = data.user("c1");
        curator2 = data.user("c2");
        reviewer = data.user("rev");
        data.member(project, curator1, ProjectRole.ANNOTATOR);
        data.member(project, curator2, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        articleId = data.article(project);
        sentences = data.sentenceIds(articleId);
    }

    @Test
    void the_full_path_from_new_to_approved_is_recorded_step_by_step() {
        assertThat(state()).isEqualTo(ArticleState.NEW);
        label(curator1, "pledge", "pledge", "attack_report", "");
        assertThat(state()).isEqualTo(ArticleState.IN_PROGRESS);
        assignments.submit(curator1, articleId);
        assertThat(state()).isEqualTo(ArticleState.IN_PROGRESS);
        label(curator2, "pledge", "", "attack_report", "");
        assignments.submit(curator2, articleId);
        assertThat(state()).isEqualTo(ArticleState.ANNOTATED);

        assignments.reopen(curator2, articleId);
        assertThat(state()).isEqualTo(ArticleState.IN_PROGRESS);
        assignments.submit(curator2, articleId);

        reviews.start(reviewer, articleId);
        assertThat(state()).isEqualTo(ArticleState.IN_REVIEW);
        var sheet = reviews.sheet(reviewer, articleId);
        assertThat(sheet.curators()).containsExactly(curator1.username(), curator2.username());
        assertThat(sheet.sentences()).extracting(ReviewSheet.Row::agreed).containsExactly(true, false, true, true);
        assertThat(sheet.sentences().get(0).finalLabels()).containsExactly("pledge");
        assertThat(sheet.sentences().get(1).finalLabels()).isNull();

        assertThatThrownBy(() -> reviews.approve(reviewer, articleId))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 sentence has no final labels");
        reviews.setFinal(reviewer, articleId, sentences.get(1), List.of("pledge"), 0);
        reviews.approve(reviewer, articleId);
        assertThat(state()).isEqualTo(ArticleState.APPROVED);
        assertThat(workflow.history(data.admin(), articleId))
                .extracting(c -> c.from() + ">" + c.to())
                .containsExactly(
                        "NEW>IN_PROGRESS",
                        "IN_PROGRESS>ANNOTATED",
                        "ANNOTATED>IN_PROGRESS",
                        "IN_PROGRESS>ANNOTATED",
                        "ANNOTATED>IN_REVIEW",
                        "IN_REVIEW>APPROVED");
        assertThat(workflow.history(data.admin(), articleId).getLast().by()).isEqualTo(reviewer.username());
    }

    @Test
    void a_rejection_needs_a_comment_and_sends_the_article_back_to_its_curators() {
        annotateAndSubmitBoth();
        reviews.start(reviewer, articleId);
        assertThatThrownBy(() -> reviews.reject(reviewer, articleId, " ")).isInstanceOf(InvalidInputException.class);
        reviews.reject(reviewer, articleId, "Sentence 2 is a pledge, please check.");
        assertThat(state()).isEqualTo(ArticleState.REJECTED);
        assertThat(workflow.rejectionComment(data.admin(), articleId))
                .contains("Sentence 2 is a pledge, please check.");
        assertThat(assignments.statusOf(curator1, articleId)).contains(AssignmentStatus.ASSIGNED);

        annotations.setLabels(curator1, sentences.get(1), List.of("pledge"), null, ChangeSource.UI);
        assertThat(state()).isEqualTo(ArticleState.IN_PROGRESS);
        assignments.submit(curator1, articleId);
        assignments.submit(curator2, articleId);
        assertThat(state()).isEqualTo(ArticleState.ANNOTATED);
    }

    @Test
    void curators_cannot_change_a_submission_without_reopening_nor_after_review_starts() {
        label(curator1, "pledge", "", "", "");
        assertThatThrownBy(() -> assignments.submit(curator2, articleId)).isInstanceOf(ConflictException.class);
        annotations.setLabels(curator2, sentences.get(0), List.of(), null, ChangeSource.UI);
        assertThatThrownBy(() -> assignments.submit(curator2, articleId))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("3 sentences have no decision yet");
        assignments.submit(curator1, articleId);
        assertThatThrownBy(() -> annotations.setLabels(curator1, sentences.get(0), List.of(), null, ChangeSource.UI))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("reopen it");
        label(curator2, "", "", "", "");
        assignments.submit(curator2, articleId);
        reviews.start(reviewer, articleId);
        assertThatThrownBy(() -> assignments.reopen(curator1, articleId))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Review has started");
    }

    @Test
    void sentences_of_an_article_in_review_can_no_longer_be_split_or_merged() {
        var manager = data.user("mgr");
        data.member(project, manager, ProjectRole.MANAGER);
        annotateAndSubmitBoth();
        reviews.start(reviewer, articleId);
        assertThatThrownBy(() -> sentenceEdits.mergeWithNext(manager, sentences.get(0)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("in review");
        assertThat(data.sentenceIds(articleId)).isEqualTo(sentences);
    }

    @Test
    void an_article_takes_only_its_number_of_curators() {
        label(curator1, "pledge", "", "", "");
        label(curator2, "pledge", "", "", "");
        var third = data.user("c3");
        data.member(project, third, ProjectRole.ANNOTATOR);
        assertThatThrownBy(
                        () -> annotations.setLabels(third, sentences.get(0), List.of("pledge"), null, ChangeSource.UI))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has its 2 curators");
        assertThat(annotations.labelsOf(third, articleId)).isEmpty();
    }

    @Test
    void four_eyes_a_reviewer_never_reviews_an_article_they_annotated() {
        data.member(project, curator1, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);
        annotateAndSubmitBoth();
        assertThatThrownBy(() -> reviews.start(curator1, articleId))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("another reviewer");
        assertThatThrownBy(() -> reviews.approve(curator1, articleId)).isInstanceOf(ForbiddenException.class);
        assertThat(state()).isEqualTo(ArticleState.ANNOTATED);
    }

    @Test
    void a_second_reviewer_sees_who_holds_the_review_and_cannot_overwrite_it() {
        var other = data.user("rev2");
        data.member(project, other, ProjectRole.REVIEWER);
        annotateAndSubmitBoth();
        reviews.start(reviewer, articleId);
        var sheet = reviews.sheet(other, articleId);
        assertThat(sheet.heldBy()).isEqualTo(reviewer.username());
        assertThat(sheet.heldByMe()).isFalse();
        assertThatThrownBy(() -> reviews.setFinal(other, articleId, sentences.get(1), List.of(), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(reviewer.username() + " is reviewing");
        var version = reviews.setFinal(reviewer, articleId, sentences.get(1), List.of("pledge"), 0)
                .version();
        assertThatThrownBy(() -> reviews.setFinal(reviewer, articleId, sentences.get(1), List.of(), 0))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed elsewhere");
        assertThat(reviews.setFinal(reviewer, articleId, sentences.get(1), List.of(), version)
                        .version())
                .isEqualTo(version + 1);
    }

    @Test
    void curators_cannot_review_and_outsiders_see_nothing() {
        annotateAndSubmitBoth();
        assertThatThrownBy(() -> reviews.sheet(curator1, articleId)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reviews.start(curator1, articleId)).isInstanceOf(ForbiddenException.class);
        var outsider = data.user("out");
        var otherProject = data.project();
        data.member(otherProject, outsider, ProjectRole.REVIEWER, ProjectRole.ANNOTATOR, ProjectRole.MANAGER);
        assertThatThrownBy(() -> reviews.sheet(outsider, articleId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.submit(outsider, articleId)).isInstanceOf(NotFoundException.class);

        var api = new ApiClient(port, outsider.username(), TestData.PASSWORD);
        assertThat(api.get("/api/v1/articles/" + articleId + "/review").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/articles/" + articleId + "/approve", "{}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/articles/" + articleId + "/submit", "{}").status())
                .isEqualTo(404);
        var curatorApi = new ApiClient(port, curator1.username(), TestData.PASSWORD);
        assertThat(curatorApi.get("/api/v1/articles/" + articleId + "/review").status())
                .isEqualTo(403);
        assertThat(curatorApi
                        .post("/api/v1/articles/" + articleId + "/approve", "{}")
                        .status())
                .isEqualTo(403);
        var reviewerApi = new ApiClient(port, reviewer.username(), TestData.PASSWORD);
        var review = reviewerApi.get("/api/v1/articles/" + articleId + "/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.json()
                        .get("sentences")
                        .get(0)
                        .get("byAnnotator")
                        .get(curator1.username())
                        .get(0)
                        .asString())
                .isEqualTo("pledge");
        assertThat(review.json().get("sentences").get(1).has("final")).isTrue();
        assertThat(reviewerApi
                        .post("/api/v1/articles/" + articleId + "/approve", "{}")
                        .status())
                .isEqualTo(409);
        var put = reviewerApi.put(
                "/api/v1/articles/" + articleId + "/review/sentences/" + sentences.get(1),
                "{\"labels\": [\"troop_claim\", \"pledge\", \"pledge\"]}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("final").toString()).isEqualTo("[\"pledge\",\"troop_claim\"]");
        assertThat(put.json().get("version").asInt()).isEqualTo(1);
        assertThat(reviewerApi
                        .post("/api/v1/articles/" + articleId + "/reject", "{}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void next_article_prefers_articles_closest_to_complete_and_returns_unfinished_work_first() {
        var other = data.article(project);
        label(curator1, "pledge", "", "", "");
        var next = assignments.nextArticle(curator2, project.id());
        assertThat(next).contains(articleId);
        assertThat(assignments.nextArticle(curator2, project.id())).contains(articleId);
        var third = data.user("c3");
        data.member(project, third, ProjectRole.ANNOTATOR);
        assertThat(assignments.nextArticle(third, project.id())).contains(other);
    }

    @Test
    void two_curators_asking_at_once_never_share_the_last_slot() throws Exception {
        for (var round = 0; round < 8; round++) {
            var project = data.project();
            var first = data.user("first");
            var second = data.user("second");
            var third = data.user("third");
            for (var curator : List.of(first, second, third)) {
                data.member(project, curator, ProjectRole.ANNOTATOR);
            }
            var article = data.article(project);
            annotations.setLabels(
                    first, data.sentenceIds(article).getFirst(), List.of("pledge"), null, ChangeSource.UI);
            try (var pool = Executors.newFixedThreadPool(2)) {
                var start = new CountDownLatch(1);
                var a = pool.submit(() -> {
                    start.await();
                    return assignments.nextArticle(second, project.id());
                });
                var b = pool.submit(() -> {
                    start.await();
                    return assignments.nextArticle(third, project.id());
                });
                start.countDown();
                var results = List.of(a.get(), b.get());
                assertThat(results)
                        .filteredOn(r -> r.isPresent() && r.get() == article)
                        .hasSize(1);
            }
            assertThat(jdbc.sql("select count(*) from assignment where article_id = :a")
                            .param("a", article)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2);
        }
    }

    private void annotateAndSubmitBoth() {
        label(curator1, "pledge", "pledge", "", "");
        label(curator2, "pledge", "", "", "");
        assignments.submit(curator1, articleId);
        assignments.submit(curator2, articleId);
    }

    /** Sets one label (or none, for "") on each sentence in order. */
    private void label(AppUser curator, String... perSentence) {
        for (var i = 0; i < perSentence.length; i++) {
            annotations.setLabels(
                    curator,
                    sentences.get(i),
                    perSentence[i].isEmpty() ? List.of() : List.of(perSentence[i]),
                    null,
                    ChangeSource.UI);
        }
    }

    private ArticleState state() {
        return workflow.state(data.admin(), articleId).state();
    }
}
