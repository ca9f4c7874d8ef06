package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Suggestions in the workbench, in a real headless Chromium: a manager writes keyword rules through
 * the REST API (deterministic, unlike a trained model), a curator sees the suggestions as ghost
 * chips with their scores, never as labels, and accepts them by key; the history records the
 * source {@code SUGGESTION}. A reviewer sees them in the review too.
 */
class SuggestionsBrowserIT extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    AnnotationService annotations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_curator_sees_suggestions_as_ghost_chips_and_accepts_them_by_key() {
        // One curator per article: curators see suggestions (they cannot bias agreement here).
        var project = projects.create(
                data.admin(), new NewProject("Suggestions in the workbench " + System.nanoTime(), null, 1));
        var curator = data.user("sg-browser-curator");
        var manager = data.user("sg-browser-manager");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        data.member(project, manager, ProjectRole.MANAGER);
        var rules = new ApiClient(port, manager.username(), TestData.PASSWORD)
                .put("/api/v1/projects/" + project.id() + "/suggesters/rules", """
                        {"enabled": true, "settings": {"rules": [
                          {"label": "pledge", "keywords": ["pledged"], "score": 0.8},
                          {"label": "attack_report", "keywords": ["drone attack"], "score": 0.9}]}}""");
        assertThat(rules.status()).as(rules.body()).isEqualTo(200);
        var articleId = data.article(project);
        var sentences = data.sentenceIds(articleId);

        var page = browser.signIn(curator.username(), TestData.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/articles/" + articleId + "$"));
        var pledge = page.locator("#sentence-0 .suggestion[data-suggested='pledge']");
        assertThat(pledge).isVisible();
        assertThat(pledge).containsText("Pledge");
        assertThat(pledge).containsText("0.80");
        assertThat(page.locator("#sentence-2 .suggestion[data-suggested='attack_report']"))
                .containsText("0.90");
        // Ghosts are not labels: nothing is decided yet.
        assertThat(page.locator(".sentence .chip")).hasCount(0);
        assertThat(page.locator("#progress")).hasText("0 of 4 sentences done");

        page.keyboard().press("a");
        assertThat(page.locator("#sentence-0 .chip[data-label='pledge']")).isVisible();
        assertThat(pledge).hasCount(0);
        page.keyboard().press("Shift+A");
        assertThat(page.locator("#sentence-2 .chip[data-label='attack_report']"))
                .isVisible();
        assertThat(page.locator("#progress")).hasText("2 of 4 sentences done");

        var stored = annotations.labelsOf(curator, articleId);
        assertThat(stored)
                .extracting(decision -> data.sentenceIds(articleId).indexOf(decision.sentenceId()))
                .containsExactly(0, 2);
        assertThat(stored)
                .extracting(decision -> decision.labels())
                .containsExactly(List.of("pledge"), List.of("attack_report"));
        assertThat(jdbc.sql("select source from annotation_history where user_id = :user and sentence_id in (:ids)")
                        .param("user", curator.id())
                        .param("ids", List.of(sentences.get(0), sentences.get(2)))
                        .query(String.class)
                        .list())
                .containsExactly("SUGGESTION", "SUGGESTION");

        // A manager sees the suggestions in the workbench too, though not a curator of the project.
        var managerPage = browser.signIn(manager.username(), TestData.PASSWORD);
        managerPage.navigate(browser.url("/articles/" + articleId));
        assertThat(managerPage.locator("#sentence-0 .suggestion[data-suggested='pledge']"))
                .isVisible();
        managerPage.keyboard().press("a");
        assertThat(managerPage.locator("vaadin-notification-card").getByText("Only curators of this project can label"))
                .isVisible();
    }
}
