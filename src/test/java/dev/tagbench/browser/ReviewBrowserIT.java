package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team flow in a real browser: two curators tag and submit, a reviewer settles and approves. */
class ReviewBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserService users;

    @Test
    void two_curators_tag_a_reviewer_resolves_their_disagreement_and_approves() {
        var project = data.project();
        var first = data.user("a-curator");
        var second = data.user("b-curator");
        var reviewer = data.user("reviewer");
        data.member(project, first, ProjectRole.ANNOTATOR);
        data.member(project, second, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        var articleId = data.article(project);

        tagAndSubmit(first.username(), articleId, "1", "0", "0", "0");
        tagAndSubmit(second.username(), articleId, "1", "2", "0", "0");
        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.ANNOTATED);

        var page = browser.signIn(reviewer.username(), TestData.PASSWORD);
        page.navigate(browser.url("/review"));
        page.locator("vaadin-grid a")
                .filter(new Locator.FilterOptions().setHasText("Test article"))
                .first()
                .click();
        assertThat(page.locator("#review-status")).containsText("you are reviewing");
        assertThat(page.locator("#review-open")).hasText("1 sentence without final labels");
        var disputed = page.locator(".review-row.disagree");
        assertThat(disputed).hasCount(1);
        assertThat(disputed).hasClass(Pattern.compile("focused"));
        page.keyboard().press("b");
        assertThat(page.locator("#review-open")).hasText("0 sentences without final labels");
        assertThat(page.locator(".review-row.disagree .review-final .chip[data-label='attack_report']"))
                .isVisible();
        Browser.screenshot(page, "review");
        page.locator("#approve").click();
        assertThat(page.locator("#review-status")).containsText("Article approved");

        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.APPROVED);
        var sheet = reviews.sheet(data.account("admin"), articleId);
        assertThat(sheet.sentences())
                .extracting(row -> row.finalLabels())
                .containsExactly(List.of("pledge"), List.of("attack_report"), List.of(), List.of());
    }

    private void tagAndSubmit(String username, long articleId, String... keys) {
        Page page = browser.signIn(username, TestData.PASSWORD);
        page.navigate(browser.url("/articles/" + articleId));
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        for (var i = 0; i < keys.length; i++) {
            page.keyboard().press(keys[i]);
            assertThat(page.locator("#sentence-" + i)).hasClass(Pattern.compile("decided"));
            if (i < keys.length - 1) {
                page.keyboard().press("j");
            }
        }
        page.locator("#submit-article").click();
        assertThat(page.locator("#work-status")).containsText("you submitted");
        page.context().close();
    }
}
