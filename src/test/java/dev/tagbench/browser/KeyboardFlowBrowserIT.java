package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole flow without a mouse, in a real headless Chromium: two curators sign in, take the
 * article with Next article, label, read the help and submit; a reviewer settles the disagreement,
 * comments and approves; every step by keyboard, every key as the {@code ?} help lists it.
 */
class KeyboardFlowBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ReviewService reviews;

    @Test
    void curators_and_a_reviewer_take_an_article_from_start_to_approval_by_keyboard() {
        var project = data.project();
        var first = data.user("kb-curator-a");
        var second = data.user("kb-curator-b");
        var reviewer = data.user("kb-reviewer");
        data.member(project, first, ProjectRole.ANNOTATOR);
        data.member(project, second, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        var articleId = data.article(project);

        curate(first, List.of("1", "0", "0", "0"));
        curate(second, List.of("1", "2", "0", "0"));
        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.ANNOTATED);

        var page = signIn(reviewer);
        page.navigate(browser.url("/review/" + articleId));
        assertThat(page.locator("#review-status")).hasText("Article in review · you are reviewing");
        // The legend is always there: which digit is which label, which letter which curator.
        assertThat(page.locator(".label-button[data-label='pledge']")).hasText("1  Pledge");
        assertThat(page.locator(".curator-button[data-action='a']")).containsText(first.username());
        assertThat(page.locator(".curator-button[data-action='b']")).containsText(second.username());

        page.keyboard().press("?");
        var help = rows(page);
        assertThat(help.filter(new Locator.FilterOptions().setHasText("Approve")))
                .hasCount(1);
        assertThat(help.filter(new Locator.FilterOptions().setHasText("Pledge")).locator(".shortcut-key"))
                .hasText("1");
        assertThat(help.filter(new Locator.FilterOptions().setHasText(second.username()))
                        .locator(".shortcut-key"))
                .hasText("b");
        var approveKey = help.filter(new Locator.FilterOptions().setHasText("Approve"))
                .locator(".shortcut-key")
                .textContent();
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-dialog.shortcut-help")).hasCount(0);

        var disputed = page.locator(".review-row.disagree");
        assertThat(disputed).hasClass(Pattern.compile("focused"));
        page.keyboard().press("b");
        assertThat(page.locator("#review-open")).hasText("0 sentences without final labels");
        assertThat(disputed.locator(".review-final .chip[data-label='attack_report']"))
                .isVisible();
        page.keyboard().press("m");
        // Typed only once the comment has the focus, or the letters would be review keys.
        assertThat(page.locator("vaadin-text-area textarea")).isFocused();
        page.keyboard().type("Troop moves are no attack, but B read it so.");
        page.keyboard().press("Control+Enter");
        assertThat(disputed.locator(".review-comments")).containsText("Troop moves are no attack");
        assertThat(page.locator("vaadin-dialog")).hasCount(0);
        page.keyboard().press(approveKey.strip());
        assertThat(page.locator("#review-status")).hasText("Article approved · reviewed by you");
        assertThat(workflow.state(data.admin(), articleId).state()).isEqualTo(ArticleState.APPROVED);
        var sheet = reviews.sheet(data.admin(), articleId);
        assertThat(sheet.sentences())
                .extracting(row -> row.finalLabels())
                .containsExactly(List.of("pledge"), List.of("attack_report"), List.of(), List.of());
        assertThat(sheet.sentences().get(1).comments())
                .singleElement()
                .satisfies(comment -> assertThat(comment.body()).startsWith("Troop moves"));
    }

    /** Signs in, takes the article with Next article, labels each sentence, submits: keys only. */
    private void curate(AppUser curator, List<String> keys) {
        var page = signIn(curator);
        // The article list puts the focus on Next article, so Enter starts the work.
        assertThat(page.locator("#next-article")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));

        page.keyboard().press("?");
        var help = rows(page);
        var submitKey = keyOf(help, "Submit");
        assertThat(keyOf(help, "Next article")).isEqualTo("Shift+N");
        page.keyboard().press("Escape");
        // Tagbench closes the dialog: the keys are the list's again once it is gone.
        assertThat(page.locator("vaadin-dialog.shortcut-help")).hasCount(0);

        for (var i = 0; i < keys.size(); i++) {
            page.keyboard().press(keys.get(i));
            page.keyboard().press("j");
        }
        assertThat(page.locator("#progress")).hasText("4 of 4 sentences done");
        page.keyboard().press(submitKey);
        assertThat(page.locator("#work-status")).containsText("you submitted");
        // Submitted: the label buttons say why they no longer work.
        assertThat(page.locator(".label-button[data-label='pledge']")).isDisabled();
        assertThat(page.locator(".label-bar")).hasAttribute("title", Pattern.compile("reopen"));
        page.keyboard().press("Shift+N");
        assertThat(page.getByText("No article needs you right now.")).isVisible();
        page.navigate(browser.url("/"));
        assertThat(page.locator("vaadin-grid").getByText("submitted")).isVisible();
        page.context().close();
    }

    private Page signIn(AppUser user) {
        var page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.locator("input[name='username']").focus();
        page.keyboard().type(user.username());
        page.keyboard().press("Tab");
        page.keyboard().type(TestData.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private static Locator rows(Page page) {
        var rows = page.locator(".shortcut-row");
        assertThat(rows.first()).isVisible();
        return rows;
    }

    /** The key the help gives for an action, as Playwright presses it. */
    private static String keyOf(Locator help, String action) {
        return help.filter(new Locator.FilterOptions().setHasText(action))
                .first()
                .locator(".shortcut-key")
                .textContent()
                .strip();
    }
}
