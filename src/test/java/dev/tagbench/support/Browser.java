package dev.tagbench.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium driven by Playwright. Uses the system's Chromium ({@code /usr/bin/chromium}, or
 * {@code TAGBENCH_CHROMIUM}); Playwright never downloads a browser.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final int port;

    public Browser(int port) {
        this.port = port;
        var executable = Path.of(System.getenv().getOrDefault("TAGBENCH_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": install it (apt-get install chromium) or set TAGBENCH_CHROMIUM; .ci/run installs it");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A new page signed in as the user. */
    public Page signIn(String username, String password) {
        var page = newPage();
        page.navigate(url("/login"));
        return signIn(page, username, password);
    }

    /** A new page in a fresh browser context, with no cookies: not signed in. */
    public Page newPage() {
        return newPage(new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** A new page in a fresh browser context with these options (such as a dark colour scheme). */
    public Page newPage(com.microsoft.playwright.Browser.NewContextOptions options) {
        var page = browser.newContext(options.setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Signs in through the login form the page shows. */
    public static Page signIn(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], button[type='submit']")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    /** A new page, not signed in, at {@code path}. */
    public Page open(String path) {
        var page = browser.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900))
                .newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url(path));
        return page;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public static Path screenshot(Page page, String name) {
        var path = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
        return path;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
