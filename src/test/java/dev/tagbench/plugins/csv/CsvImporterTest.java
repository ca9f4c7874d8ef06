package dev.tagbench.plugins.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.ingest.CollectingSink;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.InMemorySource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CsvImporterTest {

    private final CsvImporter importer = new CsvImporter();

    private CollectingSink read(String name, String content) throws IOException {
        var sink = new CollectingSink();
        importer.read(new InMemorySource(name, content.getBytes(UTF_8)), sink);
        return sink;
    }

    private CollectingSink read(String content) throws IOException {
        return read("articles.csv", content);
    }

    @Test
    void reads_articles_with_their_fields_and_keeps_other_columns_as_metadata() throws IOException {
        var sink = read("""
                title,text,date,source,extra
                First title,First text.,2024-11-16,UNN,one
                Second title,"Second, with a comma.",2024-11-17T09:00:00Z,BBC,two
                """);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(2);
        var second = sink.articles.get(1);
        assertThat(second.text()).isEqualTo("Second, with a comma.");
        assertThat(second.title()).isEqualTo("Second title");
        assertThat(second.publishedOn()).isEqualTo(LocalDate.of(2024, 11, 17));
        assertThat(second.source()).isEqualTo("BBC");
        assertThat(second.metadata()).isEqualTo(Map.of("extra", "two"));
    }

    @Test
    void matches_trimmed_header_names_without_regard_to_case() throws IOException {
        var article = read(" Text , TITLE ,Url\nBody.,Head,https://example.com/x\n")
                .articles
                .getFirst();
        assertThat(article.text()).isEqualTo("Body.");
        assertThat(article.title()).isEqualTo("Head");
        assertThat(article.url()).isEqualTo("https://example.com/x");
        assertThat(article.metadata()).isEmpty();
    }

    @Test
    void a_file_without_a_text_column_is_rejected_naming_its_columns() {
        assertThatThrownBy(() -> read("a, b ,c\n1,2,3\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has no 'text' column; its columns are: a, b, c");
    }

    @Test
    void ragged_rows_and_blank_texts_are_problems_and_the_other_rows_are_imported() throws IOException {
        var sink = read("""
                text,title
                Good one.,A
                Too many,B,surplus
                Too few
                ,Blank text
                Good two.,C
                """);
        assertThat(sink.articles).extracting(a -> a.text()).containsExactly("Good one.", "Good two.");
        assertThat(sink.problems)
                .extracting(p -> p.where() + ": " + p.message())
                .containsExactly(
                        "row 2: 3 cells where the header has 2 columns (data row 2, starting on line 3)",
                        "row 3: 1 cell where the header has 2 columns (data row 3, starting on line 4)",
                        "row 4: the text cell is empty (data row 4, starting on line 5)");
    }

    @Test
    void skips_blank_lines_but_still_counts_them_in_line_numbers() throws IOException {
        var sink = read("text,title\n\nGood.,A\n\n\nbad\n");
        assertThat(sink.articles).hasSize(1);
        assertThat(sink.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("(data row 2, starting on line 6)"));
    }

    @Test
    void keeps_line_breaks_inside_a_quoted_cell_and_counts_them_in_line_numbers() throws IOException {
        var sink = read("text,title\r\n\"First paragraph.\r\n\r\nSecond \"\"quoted\"\" one.\",T\r\nbad row\r\n");
        assertThat(sink.articles)
                .singleElement()
                .satisfies(article ->
                        assertThat(article.text()).isEqualTo("First paragraph.\r\n\r\nSecond \"quoted\" one."));
        assertThat(sink.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("(data row 2, starting on line 5)"));
    }

    @Test
    void formula_like_cells_come_through_verbatim_as_text_and_metadata() throws IOException {
        var formula = "=cmd|' /C calc'!A0";
        var sink = read("text,note,title\n\"" + formula + "\",\"" + formula + "\",+SUM(A1)\n@x,-1,ok\n");
        assertThat(sink.articles).hasSize(2);
        var first = sink.articles.getFirst();
        assertThat(first.text()).isEqualTo(formula);
        assertThat(first.metadata()).containsEntry("note", formula);
        assertThat(first.title()).isEqualTo("+SUM(A1)");
        assertThat(sink.articles.get(1).text()).isEqualTo("@x");
        assertThat(sink.articles.get(1).metadata()).containsEntry("note", "-1");
    }

    @Test
    void reads_tab_separated_files() throws IOException {
        var sink = read("articles.tsv", "text\ttitle\tsection\nA text, with commas.\tA title\tWorld\n");
        assertThat(sink.articles).singleElement().satisfies(article -> {
            assertThat(article.text()).isEqualTo("A text, with commas.");
            assertThat(article.title()).isEqualTo("A title");
            assertThat(article.metadata()).isEqualTo(Map.of("section", "World"));
        });
    }

    @Test
    void a_byte_order_mark_does_not_hide_the_first_column_name() throws IOException {
        var sink = read("\uFEFFtext,title\nBody.,T\n");
        assertThat(sink.articles)
                .singleElement()
                .satisfies(article -> assertThat(article.text()).isEqualTo("Body."));
    }

    @Test
    void an_unterminated_quote_rejects_the_file_naming_its_line_before_any_article_is_handed_on() {
        var sink = new CollectingSink();
        var bytes = "text,title\nFine.,A\n\"Never closed,B\nMore.,C\n".getBytes(UTF_8);
        assertThatThrownBy(() -> importer.read(new InMemorySource("a.csv", bytes), sink))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has a quoted cell that is never closed, starting on line 3: "
                        + "a closing \" is missing");
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void text_after_a_closing_quote_rejects_the_file_in_plain_words() {
        assertThatThrownBy(() -> read("text,title\n\"Quoted\" then more,A\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has text after the closing quote of a cell on line 2 "
                        + "(inside a quoted cell, write a \" as \"\")");
    }

    @Test
    void a_table_of_a_million_columns_is_refused_at_its_header_in_a_few_words() {
        var header = new StringBuilder("text");
        for (var i = 1; i < 1_000_000; i++) {
            header.append(",column-name-").append(i);
        }
        var sink = new CollectingSink();
        assertThatThrownBy(() -> new CsvImporter()
                        .read(new InMemorySource("wide.csv", (header + "\nA text.\n").getBytes(UTF_8)), sink))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has 1,000,000 columns, more than the 1,000 a table of articles may have"
                        + " (is it separated by something else?); its columns are: text, column-name-1,"
                        + " column-name-2, column-name-3, column-name-4, column-name-5, column-name-6,"
                        + " column-name-7, column-name-8, column-name-9 and 999,990 more");
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void a_missing_text_column_lists_only_the_first_columns_of_a_wide_table() {
        var header = String.join(
                ",", IntStream.rangeClosed(1, 1_000).mapToObj(i -> "c" + i).toList());
        assertThatThrownBy(() -> read(header + "\na,b\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has no 'text' column; its columns are: c1, c2, c3, c4, c5, c6, c7, c8, c9,"
                        + " c10 and 990 more");
    }

    @Test
    void a_duplicated_column_with_a_huge_name_is_named_in_a_few_words() {
        var name = "n".repeat(100_000);
        assertThatThrownBy(() -> read("text," + name + "," + name + "\na,b,c\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has two columns named '" + "n".repeat(79) + "…'");
    }

    @Test
    void a_duplicated_column_is_rejected_because_one_of_them_would_be_lost() {
        assertThatThrownBy(() -> read("text,Text\na,b\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("the CSV file has two columns named 'text'");
    }

    @Test
    void unnamed_columns_keep_their_cells_under_a_numbered_name() throws IOException {
        var article = read("text,,title\nBody.,kept,T\n").articles.getFirst();
        assertThat(article.metadata()).isEqualTo(Map.of("column 2", "kept"));
    }

    @Test
    void empty_files_and_files_with_only_a_header_are_rejected() {
        assertThatThrownBy(() -> read("")).hasMessage("the file is empty");
        assertThatThrownBy(() -> read("text,title\n\n"))
                .hasMessage("the CSV file has a header row but no rows below it");
    }

    @Test
    void accepts_csv_and_tsv_files_by_name() {
        assertThat(importer.accepts("Articles.CSV", new byte[0])).isTrue();
        assertThat(importer.accepts("articles.tsv", new byte[0])).isTrue();
        assertThat(importer.accepts("articles.xlsx", new byte[0])).isFalse();
    }
}
