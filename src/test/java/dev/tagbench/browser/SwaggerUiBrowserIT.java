package dev.tagbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Swagger UI works for anyone under Tagbench's Content Security Policy. */
class SwaggerUiBrowserIT extends BrowserTest {

    @Test
    void swagger_ui_shows_the_operations_without_signing_in_or_csp_violations() {
        var page = browser.newPage();
        // A CSP violation shows up as a console error ("Refused to load …"); so would a failed fetch.
        var errors = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        page.navigate(browser.url("/swagger-ui.html"));
        page.locator(".opblock").first().waitFor();

        assertThat(page.title()).isEqualTo("Swagger UI");
        assertThat(page.locator(".info .title").textContent()).startsWith("Tagbench API");
        assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/projects/{projectId}/articles']")
                        .count())
                .as("list and import")
                .isEqualTo(2);
        assertThat(page.locator(".opblock").count()).isGreaterThanOrEqualTo(30);
        assertThat(page.locator("button.authorize").isVisible()).isTrue();
        Browser.screenshot(page, "swagger-ui");
        assertThat(errors).isEmpty();
    }
}
