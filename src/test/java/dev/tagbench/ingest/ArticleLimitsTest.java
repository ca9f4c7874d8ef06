package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.plugins.icu.IcuNewsSegmenter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one article may hold, and the words an oversized one is refused with. */
class ArticleLimitsTest {

    private static final ArticlePreparer PREPARER =
            new ArticlePreparer(List.of(), new IcuNewsSegmenter(), ArticlePreparerTest.LIMITS);

    @Test
    void an_article_of_more_sentences_than_the_limit_is_refused_with_its_count() {
        var small = new ArticlePreparer(List.of(), new IcuNewsSegmenter(), new ArticleLimits(3, 1_000, 100, 65_536));
        var three = "The minister arrived in Kyiv. Troops moved to the border. Aid was pledged on Monday.";
        assertThat(small.prepare(ImportedArticle.ofText(three), "text").sentences())
                .hasSize(3);
        assertThatThrownBy(() -> small.prepare(ImportedArticle.ofText(three + " The talks went on."), "text"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the article has 4 sentences, more than the 3 one article may have; split it into"
                        + " smaller files (an administrator can raise tagbench.ingest.max-sentences-per-article)");
    }

    @Test
    void an_article_longer_than_the_character_limit_is_refused_before_any_plugin_reads_it() {
        var cleanerCalls = new ArrayList<String>();
        TextCleaner spy = new TextCleaner() {
            @Override
            public String id() {
                return "spy";
            }

            @Override
            public String name() {
                return "Spy";
            }

            @Override
            public List<Removal> clean(String text) {
                cleanerCalls.add(text);
                return List.of();
            }
        };
        var small =
                new ArticlePreparer(List.of(spy), new IcuNewsSegmenter(), new ArticleLimits(5_000, 1_200, 100, 65_536));
        var text = "Officials pledged aid again. ".repeat(50);
        assertThatThrownBy(() -> small.prepare(ImportedArticle.ofText(text), "text"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the article has 1,450 characters, more than the 1,200 one article may have; split it"
                        + " into smaller files (an administrator can raise tagbench.ingest.max-article-characters)");
        assertThatThrownBy(() -> small.prepareLabelled(
                        ImportedArticle.ofText(text).withLabels(List.of("pledge")), List.of("pledge")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("the article has 1,450 characters");
        assertThat(cleanerCalls).isEmpty();
    }

    @Test
    void an_article_with_too_many_or_too_large_metadata_fields_is_refused_whole() {
        var text = "The minister pledged aid on Monday.";
        var hundred = new LinkedHashMap<String, String>();
        for (var i = 0; i < 100; i++) {
            hundred.put("field" + i, "value");
        }
        assertThat(PREPARER.prepare(withMetadata(text, hundred), "csv")
                        .imported()
                        .metadata())
                .hasSize(100);
        hundred.put("one-more", "value");
        assertThatThrownBy(() -> PREPARER.prepare(withMetadata(text, hundred), "csv"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the article has 101 metadata fields (columns or JSON fields besides text, title, date,"
                        + " source and url), more than the 100 one article may have; leave the others out of the"
                        + " file (an administrator can raise tagbench.ingest.max-metadata-fields)");
        var large = Map.of("html", "é".repeat(40_000));
        assertThatThrownBy(() -> PREPARER.prepare(withMetadata(text, large), "jsonl"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the article's metadata fields hold 78 KB, more than the 64 KB one article may have;"
                        + " keep long texts out of the other fields (an administrator can raise"
                        + " tagbench.ingest.max-metadata-size)");
        assertThatThrownBy(() -> PREPARER.prepareLabelled(
                        withMetadata(text, large).withLabels(List.of("pledge")), List.of("pledge")))
                .hasMessageStartingWith("the article's metadata fields hold 78 KB");
    }

    @Test
    void an_unknown_label_from_the_file_is_named_in_a_few_words() {
        var article = ImportedArticle.ofText("A sentence.").withLabels(List.of("x".repeat(5_000)));
        assertThatThrownBy(() -> PREPARER.prepareLabelled(article, List.of("pledge", "attack_report")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("unknown label '" + "x".repeat(79) + "…'; this project's labels are pledge, attack_report");
    }

    private static ImportedArticle withMetadata(String text, Map<String, String> metadata) {
        return new ImportedArticle(text, null, null, null, null, metadata, List.of());
    }
}
