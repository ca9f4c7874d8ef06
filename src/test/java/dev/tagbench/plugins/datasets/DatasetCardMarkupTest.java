package dev.tagbench.plugins.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.DatasetDescription;
import dev.tagbench.project.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dataset card through a real CommonMark renderer with GitHub's tables: whatever people typed
 * into project and label names, descriptions and settings renders as the characters they typed,
 * never as a link, an image or HTML.
 */
class DatasetCardMarkupTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[click me](javascript:alert(1))",
                "![tracker](https://evil.example/pixel.png)",
                "[ref][1] and [1]: https://evil.example",
                "<https://evil.example> and <mail@evil.example>",
                "https://evil.example/path?q=1 and www.evil.example",
                "write to spy@evil.example now",
                "<img src=x onerror=alert(1)> <script>alert(2)</script>",
                "&#x6A;avascript:alert(3) &lt;b&gt;",
                "`code` and ``[link](x)`` then `https://evil.example`",
                "**bold** _em_ ~~gone~~ $x^2$ \\[escaped\\]",
                "a | b ||| c `|` [x](y|z)"
            })
    void typed_text_renders_as_itself_and_never_as_a_link_image_or_html(String typed) {
        var card = DatasetCard.render(hostile(typed), new SplitTally(List.of(label(typed))), List.of("a", "b", "c"));
        var document = PARSER.parse(card.substring(card.indexOf("\n---\n", 4) + 5));

        var markup = new ArrayList<String>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                markup.add("link " + link.getDestination());
            }

            @Override
            public void visit(Image image) {
                markup.add("image " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                markup.add("html " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                markup.add("html block " + html.getLiteral());
            }
        });
        assertThat(markup).isEmpty();
        var html = HtmlRenderer.builder().extensions(GFM).build().render(document);
        assertThat(html).doesNotContain("<a ", "<img", "<script", "<em>", "<strong>", "<del>");
        // The heading and the cells of name, description and setting say exactly what was typed.
        assertThat(textOf(document.getFirstChild())).isEqualTo(typed);
        var cells = new ArrayList<String>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell cell) {
                    cells.add(textOf(cell));
                } else {
                    visitChildren(node);
                }
            }
        });
        assertThat(cells).filteredOn(typed::equals).hasSize(3);
    }

    private static DatasetDescription hostile(String typed) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("note", typed);
        return new DatasetDescription(
                typed,
                "en",
                1,
                List.of(label(typed)),
                settings,
                ExportFixtures.splitCounts(0, 0, 0),
                ExportFixtures.splitCounts(0, 0, 0),
                0,
                Map.of(),
                null,
                null);
    }

    private static Label label(String typed) {
        return new Label("key", typed, "#000000", null, typed);
    }

    /** The literal text of a node: text and code spans, the way a reader sees it. */
    private static String textOf(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text value) {
                text.append(value.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    @Test
    void a_backtick_of_the_typed_text_cannot_open_the_code_span_around_an_address() {
        assertThat(CardText.markdown("a ` b https://x.example c")).isEqualTo("a \\` b `https://x.example` c");
        assertThat(CardText.markdown("see `https://x.example`")).isEqualTo("see `` `https://x.example` ``");
    }
}
