package dev.tagbench.plugins.jsonl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.ingest.CollectingSink;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.InMemorySource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class JsonlImporterTest {

    private final JsonlImporter importer = new JsonlImporter();

    private CollectingSink read(String content) throws IOException {
        return read(content.getBytes(UTF_8));
    }

    private CollectingSink read(byte[] content) throws IOException {
        var sink = new CollectingSink();
        importer.read(new InMemorySource("articles.jsonl", content), sink);
        return sink;
    }

    @Test
    void a_malformed_line_is_a_problem_and_the_lines_around_it_are_imported() throws IOException {
        var sink = read("""
                {"text": "First article."}
                {"text": "Second, broken",
                {"text": "Third article."}
                {"text": "Fourth article."}
                """);
        assertThat(sink.articles)
                .extracting(a -> a.text())
                .containsExactly("First article.", "Third article.", "Fourth article.");
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("line 2");
            assertThat(problem.message()).contains("JSON");
        });
    }

    @Test
    void reads_title_date_source_and_url_and_keeps_other_fields_as_metadata() throws IOException {
        var sink = read("""
                {"text": "Body.", "title": "A title", "date": "2024-11-16T08:30:00+02:00", "source": "UNN", \
                "url": "https://example.com/a", "lang": "en", "words": 12, "tags": ["a", "b"], "extra": {"k": null}}
                """);
        var article = sink.articles.getFirst();
        assertThat(article.title()).isEqualTo("A title");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(article.source()).isEqualTo("UNN");
        assertThat(article.url()).isEqualTo("https://example.com/a");
        assertThat(article.metadata())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("lang", "en", "words", "12", "tags", "[\"a\",\"b\"]", "extra", "{\"k\":null}"));
    }

    @Test
    void a_script_url_is_not_kept_as_the_address_but_as_metadata() throws IOException {
        var article = read("{\"text\": \"Body.\", \"url\": \"javascript:alert(1)\"}\n")
                .articles
                .getFirst();
        assertThat(article.url()).isNull();
        assertThat(article.metadata()).containsEntry("url", "javascript:alert(1)");
    }

    @Test
    void an_unreadable_date_is_ignored_but_kept_as_metadata() throws IOException {
        var article = read("{\"text\": \"Body.\", \"date\": \"last Tuesday\"}")
                .articles
                .getFirst();
        assertThat(article.publishedOn()).isNull();
        assertThat(article.metadata()).containsEntry("date", "last Tuesday");
    }

    @Test
    void a_missing_non_string_or_blank_text_is_a_problem_for_that_line() throws IOException {
        var sink = read("""
                {"title": "No text"}
                {"text": 42}
                {"text": "   "}
                {"text": "Good."}
                """);
        assertThat(sink.articles).hasSize(1);
        assertThat(sink.problems)
                .extracting(p -> p.where() + ": " + p.message())
                .containsExactly(
                        "line 1: the object has no \"text\" field",
                        "line 2: the \"text\" field is a number, not a string",
                        "line 3: the \"text\" field is empty");
    }

    @Test
    void a_line_that_is_not_an_object_is_a_problem() throws IOException {
        var sink = read("[1,2]\n\"just a string\"\n{\"text\": \"Good.\"}\n");
        assertThat(sink.articles).hasSize(1);
        assertThat(sink.problems)
                .extracting(p -> p.where() + ": " + p.message())
                .containsExactly(
                        "line 1: the line is an array, not a JSON object with a \"text\" field",
                        "line 2: the line is a string, not a JSON object with a \"text\" field");
    }

    @Test
    void invalid_json_and_overly_deep_nesting_are_described_in_plain_words() throws IOException {
        var sink = read("{\"text\": oops}\n{\"text\": \"x\", \"deep\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n");
        assertThat(sink.problems)
                .extracting(p -> p.message())
                .containsExactly(
                        "the line is not valid JSON (the error is near column 10)",
                        "the line's JSON is nested too deeply or holds a value too large to read");
    }

    @Test
    void trailing_content_and_repeated_fields_are_problems() throws IOException {
        var sink = read("{\"text\": \"One.\"} {\"text\": \"Two.\"}\n{\"text\": \"One.\", \"text\": \"Two.\"}\n");
        assertThat(sink.articles).isEmpty();
        assertThat(sink.problems)
                .extracting(p -> p.message())
                .containsExactly(
                        "the line has more after its JSON value near column 18 (one object per line)",
                        "the object has the field \"text\" more than once");
    }

    @Test
    void a_repeated_field_with_a_huge_name_is_named_in_a_few_words() throws IOException {
        // Jackson itself refuses names over 50,000 characters.
        var name = "k".repeat(40_000);
        var sink = read("{\"text\": \"One.\", \"" + name + "\": 1, \"" + name + "\": 2}\n");
        assertThat(sink.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .isEqualTo("the object has the field \"" + "k".repeat(79) + "…\" more than once"));
    }

    @Test
    void invalid_utf8_rejects_the_whole_file_naming_the_line_before_any_article_is_handed_on() {
        var out = new ByteArrayOutputStream();
        out.writeBytes("{\"text\": \"One.\"}\r\n{\"text\": \"Two.\"}\n{\"text\": \"Bad ".getBytes(UTF_8));
        out.write(0xFF);
        out.writeBytes("\"}\n".getBytes(UTF_8));
        var sink = new CollectingSink();
        assertThatThrownBy(() -> importer.read(new InMemorySource("a.jsonl", out.toByteArray()), sink))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("line 3 is not UTF-8 text: byte 0xFF at offset");
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void a_truncated_utf8_sequence_at_the_end_is_rejected_too() {
        var bytes = "{\"text\": \"One.\"}\n{\"text\": \"caf\u00e9".getBytes(UTF_8);
        var cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("line 2 is not UTF-8 text");
    }

    @Test
    void reads_crlf_line_endings_and_skips_blank_lines_while_counting_them() throws IOException {
        var sink = read("{\"text\": \"One.\"}\r\n\r\n   \r\n{\"text\": \"Two.\"}\r\n{oops}\r\n");
        assertThat(sink.articles).extracting(a -> a.text()).containsExactly("One.", "Two.");
        assertThat(sink.problems).extracting(p -> p.where()).containsExactly("line 5");
    }

    @Test
    void a_byte_order_mark_and_a_missing_final_newline_are_fine() throws IOException {
        var sink = read("\uFEFF{\"text\": \"One.\"}\n{\"text\": \"Two.\"}");
        assertThat(sink.articles).extracting(a -> a.text()).containsExactly("One.", "Two.");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void a_five_megabyte_text_is_read() throws IOException {
        var text = "Word. ".repeat(5 * 1024 * 1024 / 6 + 1);
        var sink = read("{\"text\": \"" + text + "\"}\n{\"text\": \"Next.\"}\n");
        assertThat(sink.articles).extracting(a -> a.text().length()).containsExactly(text.length(), 5);
    }

    @Test
    void a_line_over_ten_megabytes_is_a_problem_and_the_next_line_is_still_read() throws IOException {
        var huge = "{\"text\": \"" + "x".repeat(JsonlImporter.MAX_LINE_CHARS) + "\"}";
        var sink = read(huge + "\n{\"text\": \"Next.\"}\n");
        assertThat(sink.articles).extracting(a -> a.text()).containsExactly("Next.");
        assertThat(sink.problems)
                .singleElement()
                .isEqualTo(new CollectingSink.Problem("line 1", "the line is longer than 10 MB"));
    }

    @Test
    void an_escaped_nul_character_is_a_problem_because_it_cannot_be_stored() throws IOException {
        var sink = read("{\"text\": \"a\\u0000b\"}\n");
        assertThat(sink.articles).isEmpty();
        assertThat(sink.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("NUL"));
    }

    @Test
    void an_empty_file_is_rejected_and_so_is_one_of_blank_lines() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the file is empty");
        assertThatThrownBy(() -> read("\n  \r\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the file contains only blank lines");
    }

    @Test
    void accepts_jsonl_and_ndjson_files_by_name() {
        assertThat(importer.accepts("news.JSONL", new byte[0])).isTrue();
        assertThat(importer.accepts("news.ndjson", new byte[0])).isTrue();
        assertThat(importer.accepts("news.json", new byte[0])).isFalse();
    }

    @Test
    void labels_of_a_labelled_dataset_come_along_and_stay_out_of_the_metadata() throws Exception {
        var sink = new CollectingSink();
        new JsonlImporter()
                .read(
                        new InMemorySource(
                                "d.jsonl",
                                "{\"id\": 7, \"text\": \"Aid was pledged.\", \"labels\": [\"pledge\", \"troop_claim\"]}\n{\"text\": \"No labels.\"}\n"
                                        .getBytes(StandardCharsets.UTF_8)),
                        sink);
        Assertions.assertThat(sink.articles)
                .extracting(a -> a.labels())
                .containsExactly(List.of("pledge", "troop_claim"), null);
        Assertions.assertThat(sink.articles.getFirst().metadata()).containsOnlyKeys("id");
    }
}
