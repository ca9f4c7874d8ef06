package dev.tagbench.plugins.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.ingest.CollectingSink;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportedArticle;
import dev.tagbench.ingest.InMemorySource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlImporterTest {

    private final HtmlImporter importer = new HtmlImporter();

    private ImportedArticle read(String html) throws IOException {
        return read(html.getBytes(UTF_8));
    }

    private ImportedArticle read(byte[] html) throws IOException {
        var sink = new CollectingSink();
        importer.read(new InMemorySource("page.html", html), sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(1);
        return sink.articles.getFirst();
    }

    @Test
    void reads_title_date_source_url_and_metadata_from_meta_tags() throws IOException {
        var article = read("""
                <!DOCTYPE html><html><head>
                <title>Ignored page title | Example News</title>
                <meta property="og:title" content="Japanese minister visits Ukraine">
                <meta property="article:published_time" content="2024-11-16T08:00:00+02:00">
                <meta property="og:site_name" content="Example News">
                <meta property="og:url" content="https://news.example.com/japan-ukraine">
                <meta name="description" content="The minister arrived in Kyiv.">
                <meta name="author" content="A. Reporter">
                </head><body><article><p>Japan’s foreign minister has arrived in Kyiv.</p></article></body></html>
                """);
        assertThat(article.title()).isEqualTo("Japanese minister visits Ukraine");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(article.source()).isEqualTo("Example News");
        assertThat(article.url()).isEqualTo("https://news.example.com/japan-ukraine");
        assertThat(article.metadata())
                .containsEntry("description", "The minister arrived in Kyiv.")
                .containsEntry("author", "A. Reporter");
        assertThat(article.text()).isEqualTo("Japan’s foreign minister has arrived in Kyiv.");
    }

    @Test
    void reads_the_date_from_json_ld_and_tolerates_broken_blocks() throws IOException {
        var article = read("""
                <html><head><title>Minister visits the capital today - Example</title>
                <script type="application/ld+json">{ this is not json </script>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
                  {"@type": "NewsArticle", "datePublished": "2024-03-05T23:30:00-05:00"}]}
                </script>
                <link rel="canonical" href="https://example.com/story">
                </head><body><main><p>Body text.</p></main></body></html>
                """);
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.title()).isEqualTo("Minister visits the capital today");
        assertThat(article.url()).isEqualTo("https://example.com/story");
    }

    @Test
    void falls_back_to_time_and_plain_date_meta_tags() throws IOException {
        assertThat(read("<html><body><p>Text <time datetime=\"2023-01-02\">Jan 2</time></p></body></html>")
                        .publishedOn())
                .isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(
                        read("<html><head><meta name=\"DC.date\" content=\"2022-05-06\"></head><body><p>Text</p></body></html>")
                                .publishedOn())
                .isEqualTo(LocalDate.of(2022, 5, 6));
        assertThat(read("<html><head><meta name=\"date\" content=\"soon\"></head><body><p>Text</p></body></html>")
                        .publishedOn())
                .isNull();
    }

    @Test
    void keeps_only_web_addresses_as_the_url() throws IOException {
        var article = read("""
                <html><head><meta property="og:url" content="javascript:alert(1)">
                <link rel="canonical" href="/relative/path"></head><body><p>Text.</p></body></html>
                """);
        assertThat(article.url()).isNull();
    }

    @Test
    void titles_with_the_first_h1_and_leaves_it_out_of_the_text() throws IOException {
        var article = read("""
                <html><body><article><h1>Parliament passes the budget at last</h1>
                <p>The vote was close.</p></article></body></html>
                """);
        assertThat(article.title()).isEqualTo("Parliament passes the budget at last");
        assertThat(article.text()).isEqualTo("The vote was close.");
    }

    @Test
    void leaves_out_a_heading_that_repeats_the_meta_title() throws IOException {
        var article = read("""
                <html><head><title>Parliament passes the budget at last | Daily</title></head>
                <body><main><h1>Parliament  passes the budget at last</h1><p>The vote was close.</p>
                <h2>Reactions</h2><p>Many were pleased.</p></main></body></html>
                """);
        assertThat(article.title()).isEqualTo("Parliament passes the budget at last");
        assertThat(article.text()).isEqualTo("The vote was close.\n\nReactions\n\nMany were pleased.");
    }

    @Test
    void strips_a_site_name_only_when_a_real_title_remains() {
        assertThat(PageTitle.withoutSiteName("Ukraine war latest news | World | BBC News", null))
                .isEqualTo("Ukraine war latest news");
        assertThat(PageTitle.withoutSiteName("Short one | Site", null)).isEqualTo("Short one | Site");
        assertThat(PageTitle.withoutSiteName("Prices rise sharply in March - markets react", null))
                .isEqualTo("Prices rise sharply in March - markets react");
        assertThat(PageTitle.withoutSiteName("Prices rise sharply in March - de Krant", "de Krant"))
                .isEqualTo("Prices rise sharply in March");
        assertThat(PageTitle.withoutSiteName("Prices rise sharply in March – nu.nl", null))
                .isEqualTo("Prices rise sharply in March");
    }

    @Test
    void drops_scripts_styles_navigation_page_furniture_and_comments() throws IOException {
        var article = read("""
                <html><head><style>p { color: red }</style><script>var tracking = 1;</script></head>
                <body><header>Site header</header><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <main><!-- an editor's comment --><p>The article text.</p>
                <aside>Read more: other story</aside><noscript>Enable JavaScript</noscript>
                <form><label>Email</label><button>Subscribe</button></form>
                <figure><img src="a.jpg"><figcaption>Photo: Agency</figcaption></figure>
                <p>Second paragraph.</p></main>
                <footer>© 2024 Example</footer><script>console.log("bye")</script></body></html>
                """);
        assertThat(article.text()).isEqualTo("The article text.\n\nSecond paragraph.");
    }

    @Test
    void never_lets_markup_or_script_text_into_the_text() throws IOException {
        var article = read("""
                <html><body><p>Before <script>alert(1)</script> after.</p>
                <p><img src=x onerror=alert(1)> An image.</p>
                <p><a href="javascript:alert(1)">click</a> here.</p>
                <p>Inline <svg><script>alert(2)</script><text>svg text</text></svg> graphic.</p>
                <p>Ampersands &amp; entities &lt;b&gt; &#8220;quoted&#8221;.</p></body></html>
                """);
        assertThat(article.text())
                .isEqualTo("Before after.\n\nAn image.\n\nclick here.\n\nInline graphic.\n\n"
                        + "Ampersands & entities <b> “quoted”.");
        assertThat(article.text()).doesNotContain("alert", "onerror", "javascript", "svg", "<script", "<img");
    }

    @Test
    void separates_blocks_by_blank_lines_and_marks_list_items() throws IOException {
        var article = read("""
                <html><body><article>
                <p>First   paragraph
                   over two source lines.</p>
                <div>Direct div text<p>Nested paragraph.</p>tail text</div>
                <ul><li>One</li><li><p>Two</p></li></ul>
                <blockquote>A quote.</blockquote>
                <p>Line one<br>Line two<br><br>New paragraph.</p>
                <h2>Sub heading</h2>
                </article></body></html>
                """);
        assertThat(article.text()).isEqualTo("""
                First paragraph over two source lines.

                Direct div text

                Nested paragraph.

                tail text

                • One

                • Two

                A quote.

                Line one
                Line two

                New paragraph.

                Sub heading""");
    }

    @Test
    void prefers_the_longest_article_over_teasers() throws IOException {
        var article = read("""
                <html><body><article><p>Teaser.</p></article>
                <article><p>The real story, which is much longer.</p></article></body></html>
                """);
        assertThat(article.text()).isEqualTo("The real story, which is much longer.");
    }

    @Test
    void decodes_a_page_in_its_declared_charset() throws IOException {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 news</title></head>"
                + "<body><p>Caf\u00e9 \u201cna\u00efve\u201d \u2013 20\u20ac.</p></body></html>";
        var article = read(html.getBytes(Charset.forName("windows-1252")));
        assertThat(article.text()).isEqualTo("Caf\u00e9 \u201cna\u00efve\u201d \u2013 20\u20ac.");
        assertThat(article.title()).isEqualTo("Caf\u00e9 news");
    }

    @Test
    void says_which_encoding_it_assumed_for_a_page_that_declares_none_and_is_not_utf8() throws IOException {
        var paragraph = "Le ministre a annonc\u00e9 une aide de 37 millions d\u2019euros pour l\u2019Ukraine. Les"
                + " d\u00e9put\u00e9s ont salu\u00e9 la d\u00e9cision, tandis que l\u2019opposition a critiqu\u00e9"
                + " le calendrier choisi par le gouvernement.";
        var undeclared = new CollectingSink();
        importer.read(
                new InMemorySource(
                        "page.html",
                        ("<html><body><p>" + paragraph + "</p></body></html>")
                                .getBytes(Charset.forName("windows-1252"))),
                undeclared);
        assertThat(undeclared.articles)
                .singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo(paragraph));
        assertThat(undeclared.warnings)
                .singleElement()
                .satisfies(w ->
                        assertThat(w).startsWith("not valid UTF-8 (byte 0xE9 at offset 35): read as windows-1252"));

        var declared = new CollectingSink();
        importer.read(
                new InMemorySource(
                        "page.html",
                        ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + paragraph
                                        + "</p></body></html>")
                                .getBytes(Charset.forName("windows-1252"))),
                declared);
        assertThat(declared.articles).hasSize(1);
        assertThat(declared.warnings).as("the page names its encoding").isEmpty();
    }

    @Test
    void reads_the_charset_from_an_http_equiv_declaration() throws IOException {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>\u00c0 bient\u00f4t.</p></body></html>";
        assertThat(read(html.getBytes(Charset.forName("ISO-8859-1"))).text()).isEqualTo("\u00c0 bient\u00f4t.");
    }

    @Test
    void refuses_bytes_that_do_not_fit_the_declared_charset() {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9</p></body></html>";
        var bytes = html.getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("the page says it is written in utf-8, but byte 0xE9 at offset");
    }

    @Test
    void refuses_an_unknown_declared_charset() {
        var html = "<html><head><meta charset=\"klingon-8\"></head><body><p>Text</p></body></html>";
        assertThatThrownBy(() -> read(html.getBytes(UTF_8)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("'klingon-8'");
    }

    @Test
    void a_page_with_only_navigation_is_rejected() {
        var html =
                "<html><body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><footer>Contact</footer></body></html>";
        assertThatThrownBy(() -> read(html))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("no text found in the HTML page");
    }

    @Test
    void accepts_html_by_name_or_by_its_opening() {
        assertThat(importer.accepts("page.HTM", new byte[0])).isTrue();
        assertThat(importer.accepts("page.html", new byte[0])).isTrue();
        assertThat(importer.accepts("download", "\uFEFF \n<!DOCTYPE HTML><html>".getBytes(UTF_8)))
                .isTrue();
        assertThat(importer.accepts("download", "  <HTML lang=en>".getBytes(UTF_8)))
                .isTrue();
        assertThat(importer.accepts("notes.txt", "Plain <html> mention".getBytes(UTF_8)))
                .isFalse();
    }
}
