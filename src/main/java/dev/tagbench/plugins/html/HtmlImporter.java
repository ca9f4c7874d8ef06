package dev.tagbench.plugins.html;

import dev.tagbench.ingest.ArticleFields;
import dev.tagbench.ingest.ArticleImporter;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportSink;
import dev.tagbench.ingest.ImportSource;
import dev.tagbench.ingest.ImportedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A saved web page ({@code .html}, {@code .htm}), one article per page. The stored text is the plain
 * text of the page's main content, never its markup; title, date, publisher and address come from
 * the page's metadata (Open Graph, JSON-LD, {@code <time>}, plain meta tags).
 */
public class HtmlImporter implements ArticleImporter {

    /** The importer's stable id. */
    public static final String ID = "html";

    /** Never content: code, page furniture, forms, embeds and captions. */
    static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " svg, math, button, select, textarea, object, embed, canvas, video, audio, figure, figcaption, [hidden]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "HTML pages";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        var name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return true;
        }
        var start = new String(head, StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws IOException {
        byte[] bytes;
        try (var in = source.open()) {
            bytes = in.readAllBytes();
        }
        sink.article(parse(PageCharset.decode(bytes, sink)));
    }

    static ImportedArticle parse(String html) {
        var page = Jsoup.parse(html);
        var meta = new MetaTags(page);
        var siteName = meta.get("og:site_name");
        var title = PageTitle.of(page, meta, siteName);
        var date = publishedOn(page, meta);
        var url = Stream.of(meta.get("og:url"), attribute(page.selectFirst("link[rel=canonical][href]"), "href"))
                .filter(Objects::nonNull)
                .map(ArticleFields::webAddress)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        var metadata = new LinkedHashMap<String, String>();
        putIfPresent(metadata, "description", meta.get("description"));
        putIfPresent(metadata, "author", meta.get("author"));

        page.select(DROPPED).remove();
        var text = mainText(page, title);
        if (text.isBlank()) {
            throw new ImportRejectedException("no text found in the HTML page");
        }
        return new ImportedArticle(text, title == null ? null : title.text(), date, siteName, url, metadata, List.of());
    }

    /** The first of the page's date sources, in order of trust, that holds a readable date. */
    private static @Nullable LocalDate publishedOn(Document page, MetaTags meta) {
        var candidates = Stream.of(
                meta.get("article:published_time"),
                meta.get("og:published_time"),
                LinkedData.datePublished(page),
                attribute(page.selectFirst("time[datetime]"), "datetime"),
                meta.get("date", "pubdate", "dc.date"));
        return candidates
                .filter(Objects::nonNull)
                .map(ArticleFields::parseDate)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The text of the first content root that has any: the longest {@code <article>}, {@code <main>},
     * the {@code role=main} element, the body. A heading that repeats the title is left out, because
     * the title is stored on its own.
     */
    private static String mainText(Document page, @Nullable PageTitle title) {
        // Listing widgets are articles too; the story itself is the one with the most text.
        var longestArticle = page.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .orElse(null);
        var roots = Stream.of(longestArticle, page.selectFirst("main"), page.selectFirst("[role=main]"), page.body());
        for (var root : roots.filter(Objects::nonNull).toList()) {
            var heading = root.selectFirst("h1");
            if (title != null && heading != null && title.isRepeatedBy(heading)) {
                heading.remove();
            }
            var text = PlainText.of(root);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    private static @Nullable String attribute(@Nullable Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static void putIfPresent(Map<String, String> metadata, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, PageTitle.collapse(value));
        }
    }
}
