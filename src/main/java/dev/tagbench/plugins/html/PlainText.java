package dev.tagbench.plugins.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an element: one paragraph per block element, paragraphs separated by a blank
 * line, whitespace inside a paragraph collapsed to single spaces, list items prefixed with "• ".
 * A {@code <br>} (and a line break inside {@code <pre>}) stays a line break, and two in a row end the
 * paragraph, as they do on screen. Only text nodes are read, so markup, comments, script data and
 * attribute values (event handlers, {@code javascript:} links) never reach the result.
 */
final class PlainText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "legend",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "tfoot",
            "thead",
            "tr",
            "ul");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final String BULLET = "• ";

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean bulletPending;
    private int insidePre;

    private PlainText() {}

    static String of(Element root) {
        var text = new PlainText();
        NodeTraversor.traverse(text, root);
        text.flush();
        return String.join("\n\n", text.paragraphs);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            var content = text.getWholeText();
            current.append(insidePre > 0 ? content : content.replace('\n', ' ').replace('\r', ' '));
        } else if (node instanceof Element element) {
            switch (element.normalName()) {
                case "br" -> current.append('\n');
                case "td", "th" -> current.append(' ');
                case "pre" -> {
                    flush();
                    insidePre++;
                }
                case "li" -> {
                    flush();
                    bulletPending = true;
                }
                default -> {
                    if (BLOCKS.contains(element.normalName())) {
                        flush();
                    }
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && (BLOCKS.contains(element.normalName()))) {
            flush();
            insidePre -= element.normalName().equals("pre") ? 1 : 0;
            bulletPending = bulletPending && !element.normalName().equals("li");
        }
    }

    /** Ends the paragraph being collected; a blank line inside it (two line breaks) splits it. */
    private void flush() {
        var lines = new ArrayList<String>();
        for (var line : current.toString().split("\r\n|\r|\n", -1)) {
            var collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            } else if (!lines.isEmpty()) {
                add(lines);
            }
        }
        add(lines);
        current.setLength(0);
    }

    private void add(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        paragraphs.add((bulletPending ? BULLET : "") + String.join("\n", lines));
        bulletPending = false;
        lines.clear();
    }
}
