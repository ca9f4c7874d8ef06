package dev.tagbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The export's rows as they come through COPY: every text exactly as stored, whatever quotes, commas,
 * backslashes, COPY's own null marker or scripts it holds; a missing date as no date, an empty label
 * list apart from no curator at all, and approval times to the microsecond.
 */
@TagbenchIntegrationTest
class ExportRowsIT {

    static final String TITLE = "He said \"no\", then; left\\right — Київ 🚀";
    static final String HOSTILE = "\"Quoted\", comma, back\\slash \\N and \\. end";

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApprovedSentences sentences;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void texts_dates_times_and_curators_arrive_exactly_as_stored() {
        var project = data.project();
        var reviewer = data.user("rows-reviewer");
        var first = data.user("rows-a");
        var second = data.user("rows-b");
        var article = jdbc.sql("""
                        insert into article (project_id, title, original_text, content_hash, importer_id, segmenter_id,
                                             state, sentence_count, approved_by, approved_at)
                        values (:project, :title, 'x', md5(:title) || md5('rows'), 'text', 'icu-news', 'APPROVED', 2,
                                :reviewer, timestamptz '2026-03-04 05:06:07.123456+00')
                        returning id""")
                .param("project", project.id())
                .param("title", TITLE)
                .param("reviewer", reviewer.id())
                .query(Long.class)
                .single();
        var texts = List.of(HOSTILE, "Ещё одно предложение, с запятой.");
        for (var i = 0; i < texts.size(); i++) {
            var sentence = jdbc.sql("""
                            insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text)
                            values (:article, :idx, :idx * 100, :idx * 100 + 50, :text, :text) returning id""")
                    .param("article", article)
                    .param("idx", i)
                    .param("text", texts.get(i))
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into final_label (sentence_id, labels) values (:s, :labels::text[])")
                    .param("s", sentence)
                    .param("labels", i == 0 ? "{pledge,troop_claim}" : "{}")
                    .update();
            jdbc.sql(
                            "insert into annotation (sentence_id, user_id, labels) values (:s, :a, '{pledge}'), (:s, :b, '{}')")
                    .param("s", sentence)
                    .param("a", first.id())
                    .param("b", second.id())
                    .update();
        }
        jdbc.sql("insert into assignment (article_id, user_id, status, submitted_at)"
                        + " values (:article, :a, 'SUBMITTED', now()), (:article, :b, 'SUBMITTED', now())")
                .param("article", article)
                .param("a", first.id())
                .param("b", second.id())
                .update();

        var rows = transactions.execute(status -> {
            try (var stream = sentences.rows(List.of(article), "test")) {
                return stream.toList();
            }
        });

        assertThat(rows).hasSize(2);
        var row = rows.getFirst();
        assertThat(row.articleTitle()).isEqualTo(TITLE);
        assertThat(row.text()).isEqualTo(HOSTILE);
        assertThat(row.sentenceIndex()).isZero();
        assertThat(row.start()).isZero();
        assertThat(row.end()).isEqualTo(50);
        assertThat(row.labels()).containsExactly("pledge", "troop_claim");
        assertThat(row.split()).isEqualTo("test");
        assertThat(row.annotators())
                .containsExactly(
                        Map.entry(first.username(), List.of("pledge")), Map.entry(second.username(), List.of()));
        assertThat(row.reviewer()).isEqualTo(reviewer.username());
        assertThat(row.approvedAt()).isEqualTo(Instant.parse("2026-03-04T05:06:07.123456Z"));
        assertThat(row.publishedOn()).isNull();
        assertThat(row.schemaVersion()).isEqualTo(project.schemaVersion());
        assertThat(rows.getLast().text()).isEqualTo(texts.getLast());
        assertThat(rows.getLast().labels()).isEmpty();
        assertThat(rows.getLast().sentenceIndex()).isEqualTo(1);

        jdbc.sql("update article set published_on = date '2024-02-29' where id = :id")
                .param("id", article)
                .update();
        var dated = transactions.execute(status -> {
            try (var stream = sentences.rows(List.of(article), "train")) {
                return stream.findFirst().orElseThrow();
            }
        });
        assertThat(dated.publishedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
