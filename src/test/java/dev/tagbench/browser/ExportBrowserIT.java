package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager downloads a dataset from the Export view and finds it listed as a snapshot. */
class ExportBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Test
    void a_manager_downloads_the_approved_sentences_as_jsonl() throws Exception {
        var project = data.project();
        var manager = data.user("manager");
        var a = data.user("a");
        var b = data.user("b");
        var reviewer = data.user("r");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, a, ProjectRole.ANNOTATOR);
        data.member(project, b, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        var articleId = data.article(project);
        for (var curator : List.of(a, b)) {
            for (var sentence : data.sentenceIds(articleId)) {
                annotations.setLabels(curator, sentence, List.of("pledge"), null, ChangeSource.API);
            }
            assignments.submit(curator, articleId);
        }
        reviews.start(reviewer, articleId);
        reviews.approve(reviewer, articleId);

        var page = browser.signIn(manager.username(), TestData.PASSWORD);
        page.navigate(browser.url("/export"));
        var download =
                page.waitForDownload(() -> page.locator("#export-download").click());
        var file = download.path();
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines).allMatch(line -> line.contains("\"labels\":[\"pledge\"]"));
        assertThat(download.suggestedFilename()).endsWith("-dataset.jsonl");
        assertThat(page.locator("#export-status")).containsText("Exported 4 sentences");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("4 articles, 4 sentences")
                        .or(page.locator("vaadin-grid-cell-content").getByText("1 article, 4 sentences")))
                .isVisible();
        Browser.screenshot(page, "export");
    }
}
