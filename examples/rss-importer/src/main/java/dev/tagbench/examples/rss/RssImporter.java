package dev.tagbench.examples.rss;

import dev.tagbench.ingest.ArticleImporter;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportSink;
import dev.tagbench.ingest.ImportSource;
import dev.tagbench.ingest.ImportedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Imports each item of an RSS 2.0 feed or entry of an Atom feed as an article: title, link, date,
 * the feed's title as source, and the item's HTML content as plain text.
 */
public class RssImporter implements ArticleImporter {

    @Override
    public String id() {
        return "rss";
    }

    @Override
    public String name() {
        return "RSS and Atom feeds";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        var name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return true;
        }
        var start = new String(head, StandardCharsets.UTF_8);
        return name.endsWith(".xml") && (start.contains("<rss") || start.contains("<feed"));
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws IOException {
        Document feed;
        try (var in = source.open()) {
            feed = secureParser().parse(in);
        } catch (SAXException e) {
            throw new ImportRejectedException("not a well-formed feed: " + e.getMessage());
        }
        var root = feed.getDocumentElement();
        var atom = root.getLocalName() != null ? root.getLocalName().equals("feed") : root.getTagName().equals("feed");
        var feedTitle = text(atom ? root : first(root, "channel"), "title");
        var items = root.getElementsByTagNameNS("*", atom ? "entry" : "item");
        if (items.getLength() == 0) {
            throw new ImportRejectedException("the feed has no items");
        }
        for (var i = 0; i < items.getLength(); i++) {
            var item = (Element) items.item(i);
            var html = atom ? firstNonBlank(text(item, "content"), text(item, "summary"))
                    : firstNonBlank(text(item, "encoded"), text(item, "description"));
            var body = plainText(html);
            if (body.isBlank()) {
                sink.problem("item " + (i + 1), "the item has no text");
                continue;
            }
            var title = text(item, "title");
            var link = atom ? atomLink(item) : text(item, "link");
            var date = date(atom ? firstNonBlank(text(item, "published"), text(item, "updated")) : text(item, "pubDate"));
            sink.article(new ImportedArticle(body, title.isBlank() ? null : title, date,
                    feedTitle.isBlank() ? null : feedTitle, link.matches("(?i)https?://\\S+") ? link : null, Map.of(),
                    List.of()));
        }
    }

    /** Paragraphs of the item's HTML, one per block, never markup. */
    private static String plainText(String html) {
        var document = Jsoup.parseBodyFragment(html);
        var paragraphs = document.select("p, li, h1, h2, h3, blockquote").eachText();
        return paragraphs.isEmpty() ? document.text() : String.join("\n\n", paragraphs);
    }

    /** An XML parser that refuses DOCTYPEs, so no entity expansion or external entity can be abused. */
    private static javax.xml.parsers.DocumentBuilder secureParser() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element first(Element parent, String name) {
        var nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? parent : (Element) nodes.item(0);
    }

    private static String text(Element parent, String name) {
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }

    private static String atomLink(Element entry) {
        var links = entry.getElementsByTagNameNS("*", "link");
        for (var i = 0; i < links.getLength(); i++) {
            var link = (Element) links.item(i);
            if (link.getAttribute("rel").isEmpty() || link.getAttribute("rel").equals("alternate")) {
                return link.getAttribute("href");
            }
        }
        return "";
    }

    private static LocalDate date(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRss) {
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notAtom) {
                return null;
            }
        }
    }

    private static String firstNonBlank(String first, String second) {
        return first.isBlank() ? second : first;
    }
}
