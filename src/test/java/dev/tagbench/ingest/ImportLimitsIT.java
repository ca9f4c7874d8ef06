package dev.tagbench.ingest;

import static dev.tagbench.ingest.ImportRequests.errors;
import static dev.tagbench.ingest.ImportRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated files that are too big in one way or another, through the import API: an article of
 * too many sentences or characters, a table of a million columns, records with too much metadata,
 * thousands of broken rows. Each gets a short, clear report, stores nothing of what was refused and
 * never stops the good records or files beside it.
 */
@TagbenchIntegrationTest
class ImportLimitsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    ImportRequests requests;

    @BeforeEach
    void setUp() {
        requests = new ImportRequests(
                new ApiClient(port, "admin", "admin-password"),
                jdbc,
                data.project().id());
    }

    @Test
    void an_article_over_the_sentence_or_character_limit_is_refused_whole_and_the_others_import() {
        var manySentences = new StringBuilder();
        for (var i = 0; i < 20_000; i++) {
            manySentences.append("Troops moved on day ").append(i).append(". ");
        }
        var fiveMegabyteLine = "Troops moved far away today. ".repeat(180_000);
        var jsonl = "{\"text\": \"The minister pledged aid on Monday.\"}\n"
                + "{\"text\": \"" + manySentences.toString().strip() + "\"}\n"
                + "{\"text\": \"A drone attack hit the port overnight.\"}\n";
        var files = new LinkedHashMap<String, byte[]>();
        files.put("corpus.txt", utf8(manySentences.toString()));
        files.put("five-megabytes.txt", utf8(fiveMegabyteLine));
        files.put("feed.jsonl", utf8(jsonl));
        files.put("good.txt", utf8("Officials said the talks would go on.\n"));
        var result = requests.upload(files);
        assertThat(errors(result))
                .containsExactly(
                        "corpus.txt: the article has 20,000 sentences, more than the 5,000 one article may have;"
                                + " split it into smaller files (an administrator can raise"
                                + " tagbench.ingest.max-sentences-per-article)",
                        "five-megabytes.txt: the article has 5,220,000 characters, more than the 2,000,000 one"
                                + " article may have; split it into smaller files (an administrator can raise"
                                + " tagbench.ingest.max-article-characters)",
                        "feed.jsonl: article 2: the article has 20,000 sentences, more than the 5,000 one article"
                                + " may have; split it into smaller files (an administrator can raise"
                                + " tagbench.ingest.max-sentences-per-article)");
        assertThat(result.get("imported"))
                .extracting(a -> a.get("file").asString())
                .containsExactly("feed.jsonl", "feed.jsonl", "good.txt");
        assertThat(requests.articleCount()).isEqualTo(3);
        assertThat(requests.sentenceCount()).isEqualTo(3);
    }

    @Test
    void a_csv_header_of_a_million_columns_gets_a_short_error_and_stores_nothing() {
        var withoutText = new StringBuilder("id");
        var withText = new StringBuilder("text");
        for (var i = 1; i < 1_000_000; i++) {
            withoutText.append(",column-").append(i);
            withText.append(",column-").append(i);
        }
        var files = new LinkedHashMap<String, byte[]>();
        files.put("no-text.csv", utf8(withoutText + "\n1\n"));
        files.put("wide.csv", utf8(withText + "\nThe minister pledged aid on Monday.\n"));
        var result = requests.upload(files);
        assertThat(errors(result))
                .hasSize(2)
                .allSatisfy(error -> assertThat(error)
                        .hasSizeLessThan(400)
                        .contains("columns, more than the 1,000 a table of articles may have")
                        .endsWith(", column-9 and 999,990 more"));
        assertThat(requests.articleCount()).isZero();
    }

    @Test
    void metadata_of_too_many_fields_or_too_many_bytes_refuses_its_record_and_keeps_the_others() {
        var fields = new StringBuilder("{\"text\": \"The second record has many fields.\"");
        for (var i = 0; i < 1_000; i++) {
            fields.append(", \"f").append(i).append("\": \"v\"");
        }
        var jsonl = "{\"text\": \"The minister pledged aid on Monday.\", \"section\": \"World\"}\n"
                + fields + "}\n"
                + "{\"text\": \"The third record carries a page.\", \"html\": \"" + "<p>x</p>".repeat(400_000)
                + "\"}\n";
        var result = requests.upload(Map.of("feed.jsonl", utf8(jsonl)));
        assertThat(errors(result))
                .containsExactly(
                        "feed.jsonl: article 2: the article has 1,000 metadata fields (columns or JSON fields besides"
                                + " text, title, date, source and url), more than the 100 one article may have;"
                                + " leave the others out of the file (an administrator can raise"
                                + " tagbench.ingest.max-metadata-fields)",
                        "feed.jsonl: article 3: the article's metadata fields hold 3.1 MB, more than the 64 KB one"
                                + " article may have; keep long texts out of the other fields (an administrator can"
                                + " raise tagbench.ingest.max-metadata-size)");
        assertThat(result.get("imported")).hasSize(1);
        var metadata = requests.articleColumn("metadata::text").getFirst();
        assertThat(metadata).isEqualTo("{\"section\": \"World\"}");
    }

    @Test
    void a_file_of_thousands_of_broken_rows_lists_a_hundred_and_counts_the_rest() {
        var csv = new StringBuilder("title,text\n");
        for (var i = 0; i < 5_000; i++) {
            csv.append("Row ").append(i).append(",Too,many,cells\n");
        }
        csv.append("Good row,The minister pledged aid on Monday.\n");
        var result = requests.upload(Map.of("ragged.csv", utf8(csv.toString())));
        var errors = errors(result);
        assertThat(errors).hasSize(101);
        assertThat(errors.getFirst()).startsWith("ragged.csv: row 1: 4 cells where the header has 2 columns");
        assertThat(errors.getLast()).isEqualTo("ragged.csv: further problems: 4,900 more like these were not listed");
        assertThat(result.get("imported")).hasSize(1);
    }
}
