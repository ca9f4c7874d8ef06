package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleFieldsTest {

    @Test
    void takes_the_date_part_of_iso_dates_and_date_times_as_written() {
        assertThat(ArticleFields.parseDate("2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(ArticleFields.parseDate("2024-03-05T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(ArticleFields.parseDate("2024-03-05T10:00:00.000Z")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(ArticleFields.parseDate(" 2024-03-05 10:00:00 ")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(ArticleFields.parseDate("2024-03-05T10:00:00+0100")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void refuses_what_is_not_an_iso_date() {
        assertThat(ArticleFields.parseDate("5 March 2024")).isNull();
        assertThat(ArticleFields.parseDate("2024-13-45")).isNull();
        assertThat(ArticleFields.parseDate("")).isNull();
    }

    @Test
    void keeps_only_absolute_web_addresses() {
        assertThat(ArticleFields.webAddress(" https://example.com/a?b=1 ")).isEqualTo("https://example.com/a?b=1");
        assertThat(ArticleFields.webAddress("HTTP://example.com")).isEqualTo("HTTP://example.com");
        assertThat(ArticleFields.webAddress("javascript:alert(1)")).isNull();
        assertThat(ArticleFields.webAddress("JavaScript://example.com/%0aalert(1)"))
                .isNull();
        assertThat(ArticleFields.webAddress("data:text/html,<script>alert(1)</script>"))
                .isNull();
        assertThat(ArticleFields.webAddress("/news/story.html")).isNull();
        assertThat(ArticleFields.webAddress("http:///path")).isNull();
        assertThat(ArticleFields.webAddress("not a url")).isNull();
    }

    @Test
    void keeps_unusable_dates_and_addresses_as_metadata_and_other_fields_too() {
        var fields = new ArticleFields();
        fields.add("title", " A title ");
        fields.add("date", "yesterday");
        fields.add("url", "javascript:alert(1)");
        fields.add("source", "");
        fields.add("section", "World");
        var article = fields.toArticle("Text.");
        assertThat(article.title()).isEqualTo("A title");
        assertThat(article.publishedOn()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.metadata())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("date", "yesterday", "url", "javascript:alert(1)", "section", "World"));
    }
}
