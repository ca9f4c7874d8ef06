package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.article.ArticleService;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.plugins.icu.IcuNewsSegmenter;
import dev.tagbench.project.Project;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A batch that cannot be stored is stored again article by article: the one bad article is
 * reported with nothing of it kept, and every other article of the batch lands.
 */
@TagbenchIntegrationTest
class ArticleBatchIT {

    // PostgreSQL cannot store U+0000 in text, so this article fails in the database, not before.
    private static final String UNSTORABLE = "Troops moved to the border.\u0000 The talks went on.";

    @Autowired
    ArticleService articles;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private final ArticlePreparer preparer =
            new ArticlePreparer(List.of(), new IcuNewsSegmenter(), new ArticleLimits(5_000, 2_000_000, 100, 65_536));

    Project project;

    @BeforeEach
    void setUp() {
        project = data.project();
    }

    @Test
    void one_unstorable_article_is_reported_and_the_rest_of_its_batch_lands() {
        var batch = batch((prepared, ids) -> {});
        for (var i = 1; i <= 5; i++) {
            batch.add(prepare(i == 3 ? UNSTORABLE : "Officials pledged aid number " + i + "."), "article " + i);
        }
        batch.finish();

        assertThat(batch.problems.list())
                .containsExactly(new ImportReport.Problem("article 3", "could not be stored; nothing of it was kept"));
        assertThat(batch.imported)
                .extracting(ImportReport.Imported::title)
                .containsExactly(
                        "Officials pledged aid number 1.",
                        "Officials pledged aid number 2.",
                        "Officials pledged aid number 4.",
                        "Officials pledged aid number 5.");
        assertThat(storedTexts())
                .containsExactly(
                        "Officials pledged aid number 1.",
                        "Officials pledged aid number 2.",
                        "Officials pledged aid number 4.",
                        "Officials pledged aid number 5.");
        assertThat(sentenceCount()).isEqualTo(4);
    }

    @Test
    void only_the_failing_batch_of_a_long_file_is_stored_one_by_one() {
        var batch = batch((prepared, ids) -> {});
        var total = ArticleBatch.MAX_ARTICLES * 2 + 50;
        var bad = ArticleBatch.MAX_ARTICLES + 100;
        for (var i = 1; i <= total; i++) {
            batch.add(prepare(i == bad ? UNSTORABLE : "Report " + i + " says the port was hit."), "article " + i);
        }
        batch.finish();

        assertThat(batch.problems.list())
                .extracting(ImportReport.Problem::where)
                .containsExactly("article " + bad);
        assertThat(batch.imported).hasSize(total - 1);
        assertThat(storedTexts())
                .hasSize(total - 1)
                .doesNotContain(UNSTORABLE)
                .contains(
                        "Report 1 says the port was hit.",
                        "Report " + (bad - 1) + " says the port was hit.",
                        "Report " + total + " says the port was hit.");
    }

    @Test
    void what_belongs_to_an_article_failing_takes_the_article_back_too() {
        // The hook stores what belongs to the articles (final labels of a labelled dataset) in their transaction.
        var batch = batch((prepared, ids) -> {
            if (prepared.stream().anyMatch(p -> p.imported().text().contains("refused"))) {
                throw new InvalidInputException("labels", "unknown label");
            }
        });
        batch.add(prepare("The first article is fine."), "line 1");
        batch.add(prepare("The second article's labels are refused."), "line 2");
        batch.add(prepare("The third article is fine too."), "line 3");
        batch.finish();

        assertThat(batch.problems.list())
                .containsExactly(new ImportReport.Problem("line 2", "could not be stored; nothing of it was kept"));
        assertThat(storedTexts()).containsExactly("The first article is fine.", "The third article is fine too.");
    }

    private ArticleBatch batch(ArticleBatch.StoredHook hook) {
        return new ArticleBatch(articles, data.admin(), project, "batch.jsonl", "jsonl", transactions, hook);
    }

    private PreparedArticle prepare(String text) {
        return preparer.prepare(ImportedArticle.ofText(text), "jsonl");
    }

    private List<String> storedTexts() {
        return new ArrayList<>(jdbc.sql("select original_text from article where project_id = :p order by id")
                .param("p", project.id())
                .query(String.class)
                .list());
    }

    private int sentenceCount() {
        return jdbc.sql("select count(*) from sentence s join article a on a.id = s.article_id where a.project_id = :p")
                .param("p", project.id())
                .query(Integer.class)
                .single();
    }
}
