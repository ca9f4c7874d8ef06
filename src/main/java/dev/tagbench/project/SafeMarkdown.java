package dev.tagbench.project;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Guidelines and label descriptions are Markdown written by managers and shown to everyone, so
 * they become HTML in two guarded steps: commonmark-java escapes any raw HTML and drops unsafe link
 * targets, then jsoup keeps only an allow-list of text tags and web or mail links. No script,
 * event handler, style, image or {@code javascript:}/{@code data:} URL survives either step.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "div")
            .addAttributes("div", "class")
            .removeProtocols("a", "href", "ftp")
            // Links open beside Tagbench, so reading the guidelines never leaves the work.
            .addEnforcedAttribute("a", "target", "_blank")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private SafeMarkdown() {}

    /** The Markdown as HTML with only allow-listed tags and attributes, inside one {@code div}. */
    public static String toHtml(String markdown) {
        var html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean("<div class=\"markdown\">" + html + "</div>", ALLOWED);
    }

    /** The allow-list the HTML keeps to, for a component that cleans what it shows once more. */
    public static Safelist safelist() {
        return new Safelist(ALLOWED);
    }
}
