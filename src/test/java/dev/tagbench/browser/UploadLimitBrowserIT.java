package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import view's size limit holds on the server: a user who lifts it in the page gets the file
 * refused, unread, with a clear line in the report; and no upload leaves a temporary file behind.
 */
class UploadLimitBrowserIT extends BrowserTest {

    private static final long LIMIT = 100L * 1024 * 1024;
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    @Test
    void a_file_over_the_limit_is_refused_by_the_server_when_the_page_allows_it() throws IOException {
        var huge = dir.resolve("huge.txt");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(LIMIT + 1); // sparse: costs no disk
        }
        var before = uploadFiles();
        var page = browser.signIn("admin", "admin-password");
        page.navigate(browser.url("/import?project=" + data.project().id()));
        page.locator("vaadin-upload").waitFor();
        page.evaluate("document.querySelector('vaadin-upload').maxFileSize = Infinity");

        page.locator("vaadin-upload input[type='file']").setInputFiles(huge);

        try {
            assertThat(page.locator("vaadin-grid-cell-content").getByText("refused: larger than the 100 MB"))
                    .isVisible();
        } catch (AssertionError e) {
            Browser.screenshot(page, "upload-limit-failure");
            throw e;
        }
        assertThat(page.locator("vaadin-grid-cell-content").getByText("huge.txt"))
                .isVisible();
        assertThat(uploadFiles()).as("temporary upload files").isEqualTo(before);
    }

    @Test
    void an_imported_upload_leaves_no_temporary_file() throws IOException {
        var before = uploadFiles();
        var page = browser.signIn("admin", "admin-password");
        page.navigate(browser.url("/import?project=" + data.project().id()));
        var unique = System.nanoTime();

        page.locator("vaadin-upload input[type='file']")
                .setInputFiles(new FilePayload(
                        "small.txt",
                        "text/plain",
                        ("Temporary file test " + unique
                                        + "\n\nOfficials pledged aid on Monday. Troops stayed at the border.\n")
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("Temporary file test " + unique + " (2 sentences)"))
                .isVisible();
        assertThat(page.locator("#import-progress")).hasText("Imported 1 upload.");
        assertThat(uploadFiles()).as("temporary upload files").isEqualTo(before);
    }

    /** The import view's temporary files: each upload's own, named so. */
    private static long uploadFiles() throws IOException {
        try (var files = Files.list(TMP)) {
            return files.filter(file -> file.getFileName().toString().startsWith("tagbench-upload-"))
                    .count();
        }
    }
}
