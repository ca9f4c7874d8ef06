package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Find a sentence by its words, open its article at that sentence, and read who changed it. */
class SearchBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AnnotationService annotations;

    @Test
    void a_curator_searches_opens_the_hit_at_its_sentence_and_reads_its_history_with_h() {
        var project = data.project();
        var curator = data.user("search-curator");
        var manager = data.user("search-manager");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        data.member(project, manager, ProjectRole.MANAGER);
        var article = data.article(project);
        var sentences = data.sentenceIds(article);
        assignments.assign(manager, article, curator.username());
        annotations.setLabels(curator, sentences.get(2), List.of("pledge"), null, ChangeSource.UI);
        annotations.setLabels(curator, sentences.get(2), List.of("attack_report"), null, ChangeSource.API);

        var page = browser.signIn(curator.username(), TestData.PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Search"))
                .click();
        page.waitForURL(Pattern.compile(".*/search.*"));
        var words = page.locator("#search-words input");
        words.fill("drone attacks");
        words.press("Enter");
        assertThat(page.locator("#search-summary")).hasText("Sentences 1–1 of 1.");
        assertThat(page.locator(".search-match").first()).hasText(Pattern.compile("drone", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator(".search-sentence")).containsText("A drone attack hit the port overnight.");
        Browser.screenshot(page, "search");

        page.locator("vaadin-grid a").first().click();
        page.waitForURL(Pattern.compile(".*/articles/" + article + "\\?sentence=" + sentences.get(2)));
        assertThat(page.locator("#sentence-2")).hasClass(Pattern.compile("focused"));

        page.keyboard().press("h");
        var entries = page.locator(".history-entry[data-kind='label']");
        assertThat(entries).hasCount(2);
        assertThat(entries.first()).containsText("undecided → pledge");
        assertThat(entries.first()).containsText("in the workbench");
        assertThat(entries.nth(1)).containsText("pledge → attack_report");
        assertThat(entries.nth(1)).containsText("through the API");
        assertThat(entries.nth(1)).containsText(curator.username());
        Browser.screenshot(page, "sentence-history");
        page.locator("#history-scope").click();
        assertThat(page.locator(".history-entry[data-kind='state']").first()).containsText("new → in progress");
    }
}
