package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleSort;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The curator's main flow in a real headless Chromium: sign in, tag by keyboard, reload, still tagged. */
class KeyboardTaggingBrowserIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    UserService users;

    @Autowired
    TestData data;

    @Test
    void a_curator_tags_two_seed_sentences_by_keyboard_and_they_survive_a_reload() throws Exception {
        var curator = data.account("curator2");
        var project =
                projects.findByName(data.admin(), "Demo: Japan and Ukraine").orElseThrow();
        var article =
                articles.page(curator, project.id(), ArticleSort.IMPORTED, 0, 1).getFirst();

        var page = browser.signIn("curator2", "demo-password");
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.getByText(article.title()).first()).isVisible();
        page.navigate(browser.url("/articles/" + article.id()));
        assertThat(page.locator(".article-heading h2")).hasText(article.title());
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));

        page.keyboard().press("1");
        assertThat(page.locator("#sentence-0 .chip[data-label='pledge']")).isVisible();
        page.keyboard().press("j");
        assertThat(page.locator("#sentence-1")).hasClass(Pattern.compile("focused"));
        page.keyboard().press("3");
        page.keyboard().press("2");
        assertThat(page.locator("#sentence-1 .chip[data-label='attack_report']"))
                .isVisible();
        page.keyboard().press("Control+z");
        assertThat(page.locator("#sentence-1 .chip[data-label='attack_report']"))
                .hasCount(0);
        assertThat(page.locator("#sentence-1 .chip[data-label='troop_claim']")).isVisible();
        assertThat(page.locator("#progress")).hasText("2 of " + article.sentences() + " sentences done");

        page.keyboard().press("?");
        assertThat(page.getByText("Keyboard shortcuts")).isVisible();
        page.keyboard().press("Escape");

        page.reload();
        assertThat(page.locator("#sentence-0 .chip[data-label='pledge']")).isVisible();
        assertThat(page.locator("#sentence-1 .chip[data-label='troop_claim']")).isVisible();
        assertThat(page.locator("#sentence-1 .chip")).hasCount(1);
        assertThat(page.locator("#sentence-2")).hasClass(Pattern.compile("focused"));
        var screenshot = Browser.screenshot(page, "keyboard-tagging");
        assertThat(Files.size(screenshot)).isPositive();

        var stored = annotations.labelsOf(curator, article.id());
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).labels()).containsExactly("pledge");
        assertThat(stored.get(1).labels()).containsExactly("troop_claim");
    }

    @Test
    void markup_in_an_article_is_shown_as_text_and_never_runs() {
        var project = data.project();
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var id = data.article(
                project,
                "Hostile markup test\n\n"
                        + "The page said <script>window.pwned=1</script> and <img src=x onerror=\"window.pwned=2\"> twice.\n");
        var page = browser.signIn(curator.username(), TestData.PASSWORD);
        page.navigate(browser.url("/articles/" + id));
        var sentence = page.locator("#sentence-0 .sentence-text");
        assertThat(sentence).containsText("<script>window.pwned=1</script>");
        assertThat(sentence).containsText("<img src=x onerror=\"window.pwned=2\">");
        assertThat(page.locator(".sentence-text img")).hasCount(0);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }
}
