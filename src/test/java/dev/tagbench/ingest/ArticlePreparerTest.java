package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.plugins.icu.IcuNewsSegmenter;
import dev.tagbench.plugins.invisible.InvisibleCharacterCleaner;
import dev.tagbench.plugins.text.TextImporter;
import dev.tagbench.plugins.webdebris.WebDebrisCleaner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import pipeline without a database: the built-in plugins on the real seed articles. */
class ArticlePreparerTest {

    static final ArticleLimits LIMITS = new ArticleLimits(5_000, 2_000_000, 100, 65_536);

    private final ArticlePreparer preparer =
            new ArticlePreparer(List.of(new WebDebrisCleaner()), new IcuNewsSegmenter(), LIMITS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_2d064f49d8724ae4.txt",
                "001_e3aa65c5d8b761ed.txt",
                "002_061891507959ddc4.txt",
                "003_957702ce331a2066.txt",
                "004_21e44077a3ba8fcb.txt"
            })
    void seed_sentences_are_exact_substrings_and_never_debris(String seed) throws IOException {
        var prepared = prepareSeed(seed);
        var text = prepared.imported().text();
        assertThat(prepared.sentences()).isNotEmpty();
        for (var sentence : prepared.sentences()) {
            var value = sentence.of(text);
            assertThat(value).isEqualTo(value.strip()).isNotBlank();
            assertThat(value)
                    .doesNotContain(
                            "Advertisement",
                            "Comment(s)",
                            "Trackback",
                            "Get more with myNEWS",
                            "Read also:",
                            "Photo:",
                            "Category:",
                            "Press Association");
            assertThat(value).doesNotStartWith("date ");
        }
        assertThat(prepared.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void titles_come_from_the_header_or_the_first_headline() throws IOException {
        assertThat(prepareSeed("000_2d064f49d8724ae4.txt").title())
                .isEqualTo("Japanese minister visits Ukraine over North Korean troops");
        assertThat(prepareSeed("001_e3aa65c5d8b761ed.txt").title())
                .isEqualTo("Japan Foreign Minister Promises Aid For Ukrainian Anti-Drone System");
        assertThat(prepareSeed("003_957702ce331a2066.txt").title())
                .isEqualTo("Japan pledges millions more to support Ukraine on foreign minister’s surprise visit");
        assertThat(prepareSeed("004_21e44077a3ba8fcb.txt").title())
                .isEqualTo(
                        "Japanese FM initiates historic talks in Kyiv, paving way for bilateral security agreement with Ukraine");
    }

    @Test
    void a_lead_paragraph_in_the_header_is_tagged_like_any_other_sentence() throws IOException {
        var prepared = prepareSeed("002_061891507959ddc4.txt");
        var text = prepared.imported().text();
        assertThat(prepared.sentences().getFirst().of(text))
                .isEqualTo(
                        "Foreign Minister Yoko Kamikawa promised to continue Japan's support for Ukraine during her visit to Kyiv.");
        assertThat(prepared.sentences()).extracting(s -> s.of(text)).doesNotContain("Details", "Optional", "Recall");
    }

    @Test
    void news_sentences_keep_money_abbreviations_and_quotes_together() throws IOException {
        var sentences = texts(prepareSeed("001_e3aa65c5d8b761ed.txt"));
        assertThat(sentences)
                .anySatisfy(s -> assertThat(s)
                        .startsWith("Japan has been among the most vociferous")
                        .contains("Feb. 22, 2022, invasion")
                        .endsWith("East Asia tomorrow.\""));
        assertThat(sentences).contains("Japan has provided Ukraine with more than $7 billion in aid.");
        var seed3 = texts(prepareSeed("003_957702ce331a2066.txt"));
        assertThat(seed3)
                .contains(
                        "She announced that Tokyo would “allocate US$37 million to provide a drone detection system”.");
    }

    @Test
    void a_text_of_nothing_but_debris_is_refused() {
        assertThatThrownBy(() -> preparer.prepare(ImportedArticle.ofText("Loading\n\nSearch\n\n:\n"), "text"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("no sentences found");
    }

    @Test
    void invisible_characters_are_left_out_of_each_sentence_of_a_long_article() {
        var invisible = new ArticlePreparer(List.of(new InvisibleCharacterCleaner()), new IcuNewsSegmenter(), LIMITS);
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++) {
            text.append("Sol\u00ADdiers moved on day ").append(i).append(".\u200B ");
            text.append(i % 3 == 0 ? "\n\n" : "");
        }
        var prepared = invisible.prepare(ImportedArticle.ofText(text.toString()), "text");
        assertThat(prepared.cleanTexts()).hasSize(400);
        for (var i = 0; i < 400; i++) {
            assertThat(prepared.cleanTexts().get(i)).isEqualTo("Soldiers moved on day " + i + ".");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Japan pledges $4.5 billion in new aid to Ukraine",
                "Zelensky thanks Kishida for generators",
                "BREAKING: Drone strike hits Odesa port",
                "Source: Russia lost 500 tanks in October",
                "Photo: Ukrainian soldiers rest near Bakhmut",
                "Kyiv under attack again tonight #StandWithUkraine",
                "  Ceasefire talks resume in Istanbul  "
            })
    void a_record_that_is_one_headline_or_post_is_its_own_sentence(String record) {
        var prepared = preparer.prepare(ImportedArticle.ofText(record), "jsonl");
        assertThat(texts(prepared)).containsExactly(record.strip());
        assertThat(prepared.title()).isEqualTo(record.strip());
        assertThat(prepared.removals()).isEmpty();
    }

    @Test
    void a_post_keeps_its_words_while_its_bare_link_stays_out() {
        var post = "Ukraine's air defence shot down 12 of 14 drones overnight, the air force says\n\n"
                + "https://t.co/abc123";
        var prepared = preparer.prepare(ImportedArticle.ofText(post), "jsonl");
        assertThat(texts(prepared))
                .containsExactly("Ukraine's air defence shot down 12 of 14 drones overnight, the air force says");
        assertThat(prepared.removals())
                .singleElement()
                .satisfies(r -> assertThat(r.removal().reason()).isEqualTo("bare link or address"));
        var tagged = preparer.prepare(
                ImportedArticle.ofText("Just landed in Kyiv \uD83C\uDDFA\uD83C\uDDE6\n" + "#StandWithUkraine #Kyiv"),
                "csv");
        assertThat(String.join(" ", texts(tagged)))
                .isEqualTo("Just landed in Kyiv \uD83C\uDDFA\uD83C\uDDE6 #StandWithUkraine #Kyiv");
    }

    @Test
    void a_page_of_headlines_still_loses_its_navigation_and_a_page_of_only_debris_is_still_refused() {
        var page = "Home\n\nWorld\n\nJapan pledges more aid to Ukraine\n\nDrone strike hits Odesa port\n\nShare";
        assertThat(texts(preparer.prepare(ImportedArticle.ofText(page), "text")))
                .containsExactly("World", "Japan pledges more aid to Ukraine", "Drone strike hits Odesa port");
        assertThatThrownBy(() -> preparer.prepare(ImportedArticle.ofText("Read more\n\nhttps://t.co/abc123"), "jsonl"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("no sentences found");
    }

    @Test
    void the_same_text_with_other_line_endings_has_the_same_hash() {
        var unix = preparer.prepare(ImportedArticle.ofText("A real sentence here.\n\nAnd another one.\n"), "text");
        var windows =
                preparer.prepare(ImportedArticle.ofText("A real sentence here.  \r\n\r\nAnd another one."), "text");
        assertThat(windows.contentHash()).isEqualTo(unix.contentHash());
    }

    @Test
    void a_faulty_segmenter_cannot_store_offsets_outside_the_content() {
        SentenceSegmenter broken = new SentenceSegmenter() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String name() {
                return "Broken";
            }

            @Override
            public List<TextSpan> segment(String text, List<TextSpan> blocks) {
                return List.of(new TextSpan(0, text.length()));
            }
        };
        var faulty = new ArticlePreparer(List.of(new WebDebrisCleaner()), broken, LIMITS);
        assertThatThrownBy(() -> faulty.prepare(ImportedArticle.ofText("Loading\n\nA sentence."), "text"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Segmenter 'broken'");
    }

    private PreparedArticle prepareSeed(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/seeds/" + name)) {
            var bytes = in.readAllBytes();
            var articles = new ArrayList<ImportedArticle>();
            new TextImporter().read(new InMemorySource(name, bytes), new ImportSink() {
                @Override
                public void article(ImportedArticle article) {
                    articles.add(article);
                }

                @Override
                public void problem(String where, String message) {
                    throw new AssertionError(where + ": " + message);
                }
            });
            return preparer.prepare(articles.getFirst(), "text");
        }
    }

    private static List<String> texts(PreparedArticle prepared) {
        return prepared.sentences().stream()
                .map(s -> s.of(prepared.imported().text()))
                .toList();
    }
}
