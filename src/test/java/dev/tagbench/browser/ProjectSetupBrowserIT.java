package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole setup in Chromium, by the names people see: an administrator creates a project, adds a
 * label with hotkey 4 and writes guidelines, then a curator tags with 4 and reads the guidelines,
 * whose script never runs.
 */
class ProjectSetupBrowserIT extends BrowserTest {

    static final String GUIDELINES = "# Rules\n\nTag **every** claim of casualties.\n\n"
            + "<script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\">\n\n"
            + "See the [details](javascript:window.pwned=3) and <a href=\"javascript:window.pwned=4\">more</a>.";

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    AnnotationService annotations;

    @Test
    void an_administrator_sets_up_a_project_and_a_curator_tags_with_its_new_hotkey() {
        var name = "Browser setup " + System.nanoTime();
        var page = browser.signIn("admin", "admin-password");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Projects").setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project"))
                .click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects/\\d+"));
        var project = projects.findByName(data.admin(), name).orElseThrow();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + project.id()));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add label"))
                .click();
        field(page, "Key").fill("casualty_claim");
        field(page, "Name").fill("Casualty claim");
        field(page, "Colour").fill("#00695c");
        field(page, "Hotkey").fill("4");
        field(page, "Description").fill("Someone was *hurt* or killed.");
        field(page, "Guidelines").fill(GUIDELINES);
        assertThat(page.locator(".guidelines-preview h1")).hasText("Rules");
        try {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.getByText("Saved. The schema is at version 2.")).isVisible();
        } catch (AssertionError e) {
            Browser.screenshot(page, "project-setup-failure");
            throw e;
        }
        Browser.screenshot(page, "project-settings");
        var saved = projects.findByName(data.admin(), name).orElseThrow();
        assertThat(saved.labels().getLast())
                .satisfies(label -> assertThat(label.key()).isEqualTo("casualty_claim"))
                .satisfies(label -> assertThat(label.hotkey()).isEqualTo("4"))
                .satisfies(label -> assertThat(label.color()).isEqualTo("#00695c"));
        assertThat(saved.guidelines()).isEqualTo(GUIDELINES);

        var curator = data.user("curator");
        data.member(saved, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(saved);
        var curatorPage = browser.signIn(curator.username(), TestData.PASSWORD);
        curatorPage.navigate(browser.url("/articles/" + articleId));
        assertThat(curatorPage.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        curatorPage.keyboard().press("4");
        assertThat(curatorPage.locator("#sentence-0 .chip[data-label='casualty_claim']"))
                .isVisible();
        assertThat(annotations.labelsOf(curator, articleId).getFirst().labels()).containsExactly("casualty_claim");

        curatorPage.keyboard().press("g");
        var dialog = curatorPage.locator("vaadin-dialog.guidelines-dialog");
        assertThat(dialog.locator("h1")).hasText("Rules");
        assertThat(dialog.getByText("<script>window.pwned = 1</script>", new Locator.GetByTextOptions()))
                .isVisible();
        assertThat(dialog.locator("img, script")).hasCount(0);
        assertThat(dialog.locator("a")).hasCount(1);
        assertThat(dialog.locator("a")).not().hasAttribute("href", Pattern.compile(".*"));
        dialog.locator("a").getByText("details").click();
        assertThat(dialog.locator("em").getByText("hurt")).isVisible();
        assertThat(curatorPage.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        Browser.screenshot(curatorPage, "guidelines");
        curatorPage.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        curatorPage.keyboard().press("?");
        assertThat(curatorPage.locator(".shortcut-row").getByText("The project's annotation guidelines"))
                .isVisible();
    }

    @Test
    void labels_are_reordered_by_keyboard_and_by_drag_coloured_by_swatch_and_picker_and_removed_after_asking() {
        var project = data.project();
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        var sentence = data.sentenceIds(articleId).getFirst();
        annotations.setLabels(curator, sentence, List.of("pledge", "attack_report"), null, ChangeSource.API);
        var page = browser.signIn("admin", "admin-password");
        page.navigate(browser.url("/projects/" + project.id()));

        cell(page, "Troop claim").click();
        page.keyboard().press("Alt+ArrowUp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Purple"))
                .click();
        assertThat(field(page, "Colour")).hasValue("#6a1b9a");
        field(page, "Colour").fill("#ffeb3b");
        field(page, "Hotkey").focus();
        assertThat(page.getByText("White chip text is unreadable on #ffeb3b")).isVisible();
        page.getByLabel("Any shade").fill("#455a64");
        assertThat(field(page, "Colour")).hasValue("#455a64");
        assertThat(page.getByText("Chip text contrast 7.2:1.")).isVisible();

        var pledge = cell(page, "Pledge");
        var attacks = cell(page, "Attack report");
        var box = attacks.boundingBox();
        pledge.dragTo(attacks, new Locator.DragToOptions().setTargetPosition(box.width / 2, box.height - 2));
        cell(page, "Attack report").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove label"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("'Attack report' is used in 1 curator decision."))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove them"))
                .click();
        assertThat(page.getByText("Saved. The schema is at version 2.")).isVisible();

        var saved = projects.get(data.admin(), project.id());
        assertThat(saved.labels()).extracting(Label::key).containsExactly("troop_claim", "pledge");
        assertThat(saved.labels().getFirst().color()).isEqualTo("#455a64");
        assertThat(annotations.labelsOf(curator, articleId).getFirst().labels()).containsExactly("pledge");
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    /** A field by its exact accessible name, as the settings page has one of each. */
    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
