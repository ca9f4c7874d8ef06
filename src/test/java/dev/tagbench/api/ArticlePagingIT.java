package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.Sentence;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A long article is read in pages of sentences: each page carries the article's fields and the
 * total count, the first page the text, and every sentence's offsets point into that text.
 */
@TagbenchIntegrationTest
class ArticlePagingIT {

    private static final int SENTENCES = 2_500;

    private static ApiClient api;
    private static long articleId;

    @Autowired
    ArticleService articles;

    @Autowired
    TestData data;

    @BeforeAll
    static void importLongArticle(@Autowired TestData data, @LocalServerPort int port) {
        var project = data.project();
        var curator = data.user("pager");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var text = IntStream.range(0, SENTENCES)
                .mapToObj(i -> "Officials said report " + i + " was filed on time.")
                .collect(Collectors.joining(" ", "A very long report\n\n", "\n"));
        articleId = data.article(project, text);
        api = new ApiClient(port, curator.username(), TestData.PASSWORD);
    }

    @Test
    void the_first_page_has_the_text_the_default_number_of_sentences_and_the_total() {
        var page = get("");
        assertThat(page.get("sentenceCount").asInt()).isEqualTo(SENTENCES);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("title").asString()).isEqualTo("A very long report");
        assertThat(page.get("sentences")).hasSize(1000);
        assertThat(page.get("removals").isArray()).isTrue();
        var text = page.get("text").asString();
        for (var sentence : page.get("sentences")) {
            assertThat(text.substring(
                            sentence.get("start").asInt(), sentence.get("end").asInt()))
                    .isEqualTo(sentence.get("text").asString());
        }
    }

    @Test
    void later_pages_continue_where_the_last_ended_and_their_offsets_point_into_the_first_pages_text() {
        var text = get("").get("text").asString();
        var expected = articles.get(data.admin(), articleId);
        var read = new ArrayList<Long>();
        for (var offset = 0; offset < SENTENCES; offset += 700) {
            var page = get("?offset=" + offset + "&limit=700");
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            assertThat(page.get("sentenceCount").asInt()).isEqualTo(SENTENCES);
            if (offset > 0) {
                assertThat(page.get("text").isNull())
                        .as("text only on the first page")
                        .isTrue();
                assertThat(page.get("removals").isNull()).isTrue();
            }
            assertThat(page.get("sentences").get(0).get("index").asInt()).isEqualTo(offset);
            for (var sentence : page.get("sentences")) {
                assertThat(text.substring(
                                sentence.get("start").asInt(),
                                sentence.get("end").asInt()))
                        .isEqualTo(sentence.get("text").asString());
                read.add(sentence.get("id").asLong());
            }
        }
        assertThat(read)
                .containsExactlyElementsOf(
                        expected.sentences().stream().map(Sentence::id).toList());
    }

    @Test
    void a_page_past_the_end_is_empty_and_sizes_out_of_range_are_refused() {
        assertThat(get("?offset=" + SENTENCES).get("sentences")).isEmpty();
        assertThat(get("?offset=2400&limit=5000").get("sentences")).hasSize(100);
        for (var query : new String[] {"?limit=0", "?limit=5001", "?offset=-1", "?limit=2.5"}) {
            var response = api.get("/api/v1/articles/" + articleId + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(query.substring(1, query.indexOf('=')));
        }
    }

    private static JsonNode get(String query) {
        var response = api.get("/api/v1/articles/" + articleId + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
