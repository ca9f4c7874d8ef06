package dev.tagbench.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.options.ColorScheme;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A long article in a real headless Chromium: it opens with only the sentences on screen in the
 * page, the keys move through all of it in the browser, and labels land on the sentence they were
 * typed on, however fast.
 */
class LongArticleBrowserIT extends BrowserTest {

    static final int SENTENCES = 1_000;

    @Autowired
    TestData data;

    @Autowired
    AnnotationService annotations;

    @Test
    void a_thousand_sentence_article_opens_end_reaches_the_last_sentence_and_its_label_survives_a_reload() {
        var curator = data.user("long-curator");
        var project = data.project();
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(project, article(SENTENCES));
        assertThat(data.sentenceIds(articleId)).hasSize(SENTENCES);

        var page = browser.signIn(curator.username(), TestData.PASSWORD);
        page.navigate(browser.url("/articles/" + articleId));
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        assertThat(page.locator("#progress")).hasText("0 of 1000 sentences done");
        // Only what is on screen is in the page.
        assertThat(page.locator(".sentence").count()).isBetween(5, 100);

        page.keyboard().press("End");
        assertThat(page.locator("#sentence-999")).hasClass(Pattern.compile("focused"));
        assertThat(page.locator("#sentence-999")).isInViewport();
        page.keyboard().press("j");
        assertThat(page.locator("#sentence-999")).hasClass(Pattern.compile("focused"));
        page.keyboard().press("2");
        assertThat(page.locator("#sentence-999 .chip[data-label='attack_report']"))
                .isVisible();
        // The label bar shows the focused sentence's labels.
        assertThat(page.locator(".label-button[data-label='attack_report']")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".label-button[data-label='pledge']")).hasAttribute("aria-pressed", "false");

        page.keyboard().press("Home");
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        assertThat(page.locator("#sentence-0")).isInViewport();
        page.keyboard().press("k");
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        assertThat(page.locator(".label-button[data-label='attack_report']")).hasAttribute("aria-pressed", "false");

        page.reload();
        // The first sentence without a decision has the focus again; the last one kept its label.
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        assertThat(page.locator("#progress")).hasText("1 of 1000 sentences done");
        page.keyboard().press("End");
        assertThat(page.locator("#sentence-999 .chip[data-label='attack_report']"))
                .isVisible();
        page.keyboard().press("n");
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        var last = data.sentenceIds(articleId).getLast();
        assertThat(annotations.labelsOf(curator, articleId)).singleElement().satisfies(decision -> {
            assertThat(decision.sentenceId()).isEqualTo(last);
            assertThat(decision.labels()).containsExactly("attack_report");
        });
        Browser.screenshot(page, "long-article");
    }

    @Test
    void keys_typed_faster_than_the_server_answers_land_on_the_sentences_they_were_typed_on() {
        var curator = data.user("fast-curator");
        var project = data.project();
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(project, article(40));

        var page = browser.signIn(curator.username(), TestData.PASSWORD);
        page.navigate(browser.url("/articles/" + articleId));
        assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));
        // No waiting between keys: each label key carries the sentence it was pressed on.
        for (var key : List.of("1", "j", "2", "j", "3", "j", "0", "j", "j", "1", "3")) {
            page.keyboard().press(key);
        }
        assertThat(page.locator("#progress")).hasText("5 of 40 sentences done");
        assertThat(page.locator("#sentence-5 .chip")).hasCount(2);
        assertThat(page.locator("#sentence-3 .chip-none")).hasText("no label");
        var stored = annotations.labelsOf(curator, articleId).stream()
                .map(decision -> decision.labels())
                .toList();
        assertThat(stored)
                .containsExactly(
                        List.of("pledge"),
                        List.of("attack_report"),
                        List.of("troop_claim"),
                        List.of(),
                        List.of("pledge", "troop_claim"));
        assertThat(data.sentenceIds(articleId)
                        .indexOf(annotations
                                .labelsOf(curator, articleId)
                                .getLast()
                                .sentenceId()))
                .isEqualTo(5);
    }

    @Test
    void the_workbench_follows_the_system_colour_scheme_with_readable_chips() {
        var curator = data.user("dark-curator");
        var project = data.project();
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        for (var scheme : List.of(ColorScheme.DARK, ColorScheme.LIGHT)) {
            var page = browser.newPage(new NewContextOptions().setColorScheme(scheme));
            page.navigate(browser.url("/login"));
            Browser.signIn(page, curator.username(), TestData.PASSWORD);
            page.navigate(browser.url("/articles/" + articleId));
            assertThat(page.locator(".sentence.focused")).isVisible();
            if (scheme == ColorScheme.DARK) {
                page.keyboard().press("1");
            }
            var chip = page.locator("#sentence-0 .chip[data-label='pledge']");
            assertThat(chip).isVisible();
            var text = page.locator("#sentence-3 .sentence-text");
            var background = luminance((String) text.evaluate(BACKGROUND));
            var foreground = luminance((String) text.evaluate("element => getComputedStyle(element).color"));
            if (scheme == ColorScheme.DARK) {
                assertThat(background).as("dark page").isLessThan(0.1);
            } else {
                assertThat(background).as("light page").isGreaterThan(0.8);
            }
            assertThat(contrast(foreground, background)).as("text on the page").isGreaterThan(4.5);
            var chipText = luminance((String) chip.evaluate("element => getComputedStyle(element).color"));
            var chipBackground = luminance((String) chip.evaluate(BACKGROUND));
            assertThat(contrast(chipText, chipBackground)).as("a chip's text").isGreaterThan(4.5);
            Browser.screenshot(page, "workbench-" + scheme.name().toLowerCase(Locale.ROOT));
            page.context().close();
        }
    }

    /** The background an element is seen on: its own, or the first opaque one of its ancestors. */
    static final String BACKGROUND = """
            element => {
              for (let e = element; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                const color = getComputedStyle(e).backgroundColor;
                if (/^rgb\\(/.test(color)) return color;
              }
              return 'none';
            }""";

    static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** An article of exactly {@code sentences} short sentences, in paragraphs of five. */
    static String article(int sentences) {
        var text = new StringBuilder(" date 2024-05-01 A long report of " + sentences + " sentences\n\n");
        for (var s = 0; s < sentences; s++) {
            text.append("Officials in district ")
                    .append(s % 97)
                    .append(" reported event ")
                    .append(s)
                    .append(" near the border on day ")
                    .append(s % 365)
                    .append(s % 5 == 4 ? ".\n\n" : ". ");
        }
        return text.toString();
    }

    /** Relative luminance (WCAG) of a CSS rgb() or rgba() colour. */
    static double luminance(String css) {
        var parts = css.replaceAll("[^0-9.,]", "").split(",");
        var channels = new double[3];
        for (var i = 0; i < 3; i++) {
            var value = Double.parseDouble(parts[i]) / 255;
            channels[i] = value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
