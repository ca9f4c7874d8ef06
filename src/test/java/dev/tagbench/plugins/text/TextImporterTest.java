package dev.tagbench.plugins.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.ingest.Removal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextImporterTest {

    @Test
    void reads_date_and_title_from_the_seed_header_and_removes_the_header_line() {
        var text = " date 2024-11-16 Japanese minister visits Ukraine\n\nJapan’s foreign minister has arrived in Kyiv.";
        var article = TextImporter.parse(text);
        assertThat(article.title()).isEqualTo("Japanese minister visits Ukraine");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.removals()).singleElement().satisfies(removal -> {
            assertThat(removal.span().of(text)).isEqualTo(" date 2024-11-16 Japanese minister visits Ukraine");
            assertThat(removal.kind()).isEqualTo(Removal.Kind.STRUCTURE);
        });
    }

    @Test
    void keeps_a_lead_paragraph_in_the_header_as_content_and_titles_the_article_with_its_first_sentence() {
        var text = " date 2024-01-07 Kamikawa promised support. She spoke in Kyiv. UNN reports .\n\nMore text here.";
        var article = TextImporter.parse(text);
        assertThat(article.title()).isEqualTo("Kamikawa promised support.");
        assertThat(article.removals())
                .singleElement()
                .satisfies(removal -> assertThat(removal.span().of(text)).isEqualTo(" date 2024-01-07 "));
    }

    @Test
    void text_without_header_has_no_title_so_the_pipeline_finds_one() {
        var article = TextImporter.parse("Loading\n\nA headline of some length\n\nBody sentence.");
        assertThat(article.title()).isNull();
        assertThat(article.publishedOn()).isNull();
        assertThat(article.removals()).isEmpty();
    }

    @Test
    void an_impossible_date_is_ignored_but_the_title_is_kept() {
        var article = TextImporter.parse(" date 2024-13-45 A title for the day\n\nBody.");
        assertThat(article.publishedOn()).isNull();
        assertThat(article.title()).isEqualTo("A title for the day");
    }

    @Test
    void refuses_empty_and_whitespace_only_files() {
        assertThatThrownBy(() -> TextImporter.parse("")).hasMessage("the file is empty");
        assertThatThrownBy(() -> TextImporter.parse(" \n\t\n")).hasMessage("the file contains only whitespace");
    }

    @Test
    void accepts_text_files_by_name_only() {
        var importer = new TextImporter();
        assertThat(importer.accepts("story.TXT", new byte[0])).isTrue();
        assertThat(importer.accepts("story.html", new byte[0])).isFalse();
        assertThat(importer.accepts("story.txt.zip", new byte[0])).isFalse();
    }
}
