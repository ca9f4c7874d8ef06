package dev.tagbench.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Markdown becomes HTML with only harmless tags; the checks read the HTML as a browser would parse it. */
class SafeMarkdownTest {

    private static final Set<String> HARMLESS_TAGS = Set.of(
            "body",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "p",
            "em",
            "strong",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "a",
            "hr",
            "br");

    @Test
    void a_hash_line_becomes_a_heading_and_ordinary_markdown_its_tags() {
        var html = SafeMarkdown.toHtml(
                "# Rules\n\nTag **every** claim.\n\n- one\n- two\n\n`code` and [site](https://example.org)");
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.child(0).className()).isEqualTo("markdown");
        assertThat(body.select("h1").text()).isEqualTo("Rules");
        assertThat(body.select("strong").text()).isEqualTo("every");
        assertThat(body.select("li").eachText()).containsExactly("one", "two");
        var link = body.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org");
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void raw_html_is_shown_as_text_and_never_becomes_markup() {
        var markdown = "<script>alert(1)</script>\n\nHi <img src=x onerror=\"alert(2)\"> there"
                + " <b onmouseover=\"alert(3)\">bold</b>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<div style=\"position:fixed\" class=\"x\" onclick=\"alert(4)\">text</div>\n\n"
                + "<a href=\"javascript:alert(5)\">a</a> <svg onload=alert(6)>";
        var body = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(markdown)).body();
        assertHarmless(body);
        assertThat(body.text()).contains("<script>alert(1)</script>", "<img src=x onerror=\"alert(2)\">", "<svg");
    }

    @Test
    void dangerous_link_targets_and_images_are_dropped() {
        var body = Jsoup.parseBodyFragment(SafeMarkdown.toHtml("[click](javascript:alert(1)) [up](JaVaScRiPt:alert(2)) "
                        + "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:x) "
                        + "![pic](data:image/png;base64,AAAA) ![pixel](https://tracker.example/p.png) "
                        + "[mail](mailto:a@b.org)"))
                .body();
        assertHarmless(body);
        assertThat(body.select("a").eachText()).contains("click", "up", "data", "vb", "mail");
        assertThat(body.select("a[href]").eachAttr("href")).containsExactly("mailto:a@b.org");
        assertThat(body.html()).doesNotContain("tracker.example");
    }

    /** Only allow-listed tags; no event handler, style, class (but the wrapper's) or source; links to the web or mail only. */
    private static void assertHarmless(Element body) {
        for (var element : body.getAllElements()) {
            assertThat(HARMLESS_TAGS).as("tag <%s>", element.tagName()).contains(element.tagName());
            List<String> names = element.attributes().asList().stream()
                    .map(Attribute::getKey)
                    .toList();
            assertThat(names).allSatisfy(name -> assertThat(name).isIn("href", "target", "rel", "class"));
            if (element.hasAttr("class")) {
                assertThat(element.className()).isEqualTo("markdown");
            }
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).matches("(?i)(https?|mailto):.*");
            }
        }
    }
}
