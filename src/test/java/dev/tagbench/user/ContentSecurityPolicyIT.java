package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Content Security Policy: Vaadin's page runs its own inline scripts by a fresh nonce and
 * nothing injected; every other response allows scripts from Tagbench's own files only. In Chromium
 * the main views work without a single violation.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval';");

    /** Records every violation the page reports, before any of its own scripts run. */
    private static final String RECORD_VIOLATIONS = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Test
    void vaadins_page_allows_its_own_scripts_by_a_fresh_nonce_and_no_inline_script_otherwise() throws Exception {
        var first = get("/login");
        var second = get("/login");
        var policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        var nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).doesNotContain("unsafe-inline' 'unsafe-eval", "script-src 'self' 'unsafe-inline'");
        var secondNonce = NONCE.matcher(
                second.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(secondNonce.find()).isTrue();
        assertThat(secondNonce.group(1)).as("a nonce per page").isNotEqualTo(nonce.group(1));

        var scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body());
        var count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).as("Vaadin's bootstrap scripts").isGreaterThan(1);

        for (var path : List.of("/styles/tagbench.css", "/api/v1/projects", "/v3/api-docs")) {
            assertThat(get(path).headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        }
        assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';")
                .doesNotContain("unsafe-eval", "ws:");
    }

    @Test
    void the_main_views_work_in_chromium_without_a_violation_and_an_injected_script_does_not_run() {
        var user = users.create(data.admin(), "csp-" + System.nanoTime(), TestData.PASSWORD, "Policy checker", true);
        var project = data.project();
        data.member(project, user, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        var article = data.article(project);

        var page = browser.newPage();
        page.addInitScript(RECORD_VIOLATIONS);
        var console = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                console.add(message.text());
            }
        });
        page.navigate(browser.url("/login"));
        Browser.signIn(page, user.username(), TestData.PASSWORD);

        page.navigate(browser.url("/articles/" + article));
        page.locator(".sentence-list").waitFor();
        page.keyboard().press("j");
        page.keyboard().press("1");
        page.keyboard().press("j");
        page.keyboard().press("0");
        page.locator("#progress")
                .filter(new Locator.FilterOptions().setHasText("2 of"))
                .waitFor();
        page.keyboard().press("g");
        page.locator("vaadin-dialog.guidelines-dialog h3").waitFor();
        page.keyboard().press("Escape");
        assertThat(violations(page)).as("the workbench").isEmpty();

        for (var view : List.of(
                "/?project=" + project.id(),
                "/review",
                "/dashboard",
                "/members",
                "/projects",
                "/projects/" + project.id(),
                "/export",
                "/import",
                "/profile",
                "/admin/users",
                "/admin/plugins")) {
            page.navigate(browser.url(view));
            page.locator("h2, h3").first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(violations(page)).as(view).isEmpty();
        }
        assertThat(console).isEmpty();

        var injected = page.evaluate("() => { const script = document.createElement('script');"
                + " script.textContent = 'window.__injected = true'; document.head.appendChild(script);"
                + " return window.__injected === true; }");
        assertThat(injected).as("an injected inline script runs").isEqualTo(false);
        assertThat(violations(page)).as("the refusal is reported").isNotEmpty();
        page.context().close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.__violations");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(browser.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
