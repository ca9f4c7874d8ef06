package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager drops files on the import view and reads the report; an admin sees the plugins. */
class ImportBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void a_manager_uploads_files_and_gets_a_report_per_file() {
        var project = data.project();
        var page = browser.signIn("admin", "admin-password");
        page.navigate(browser.url("/import?project=" + project.id()));
        var unique = System.nanoTime();
        page.locator("vaadin-upload input[type='file']").setInputFiles(new FilePayload[] {
            new FilePayload(
                    "fresh.txt",
                    "text/plain",
                    ("Upload test article " + unique
                                    + "\n\nOfficials pledged new aid on Tuesday. Troops stayed at the border.\n")
                            .getBytes(StandardCharsets.UTF_8)),
            new FilePayload("empty.txt", "text/plain", new byte[0])
        });
        try {
            assertThat(page.locator("vaadin-grid-cell-content")
                            .getByText("Upload test article " + unique + " (2 sentences)"))
                    .isVisible();
        } catch (AssertionError e) {
            Browser.screenshot(page, "import-failure");
            throw e;
        }
        assertThat(page.locator("vaadin-grid-cell-content").getByText("the file is empty"))
                .isVisible();
        assertThat(page.locator("#import-progress")).hasText("Imported 2 uploads.");
        Browser.screenshot(page, "import-report");
    }

    @Test
    void an_admin_sees_every_installed_plugin() {
        var page = browser.signIn("admin", "admin-password");
        page.navigate(browser.url("/admin/plugins"));
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("icu-news", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("web-debris", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    @Test
    void a_curator_cannot_open_the_plugins_view() {
        var page = browser.signIn("curator1", "demo-password");
        assertThat(page.locator("h2").getByText("Articles")).isVisible();
        assertThat(page.getByText("Plugins")).hasCount(0);
        page.navigate(browser.url("/admin/plugins"));
        assertThat(page.getByText("Could not navigate to 'admin/plugins'")).isVisible();
        assertThat(page.getByText("Switch a plugin off")).hasCount(0);
        assertThat(page.locator("vaadin-grid-cell-content").getByText("icu-news"))
                .hasCount(0);
    }
}
