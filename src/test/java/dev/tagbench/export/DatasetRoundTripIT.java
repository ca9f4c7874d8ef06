package dev.tagbench.export;

import static dev.tagbench.support.Datasets.hfRows;
import static dev.tagbench.support.Datasets.rows;
import static dev.tagbench.support.Datasets.splitOfArticles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.Datasets;
import dev.tagbench.support.Datasets.Team;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A dataset exported and imported back with its labels is the same dataset: the same articles with
 * their titles and dates, sentences in order with their labels, every article in one split, and the
 * provenance it carries kept as such.
 */
@TagbenchIntegrationTest
class DatasetRoundTripIT {

    private static final String SETTINGS = "split=50,25,25&seed=1";

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Team team;

    @BeforeEach
    void setUp() {
        team = datasets.team();
        for (var i = 0; i < 6; i++) {
            var article = i;
            datasets.approved(team, sentence -> switch ((article + sentence) % 3) {
                case 0 -> List.of("pledge");
                case 1 -> List.of("pledge", "troop_claim");
                default -> List.of();
            });
        }
    }

    @Test
    void an_exported_jsonl_imported_with_its_labels_rebuilds_the_same_articles() {
        var exported = datasets.export(port, team, "format=jsonl&" + SETTINGS);
        // A zero-width space, as a hand-edited dataset may carry: the import leaves it out as any import does.
        var edited = new String(exported, StandardCharsets.UTF_8).replaceFirst("pledged", "pled\u200Bged");
        var copy = copyProject();

        var imported = upload(copy, "dataset.jsonl", edited.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.get("errors")).isEmpty();
        assertThat(imported.get("imported")).hasSize(6);
        var again = datasets.export(port, copyTeam(copy), "format=jsonl&" + SETTINGS);
        assertThat(byTitle(rows(again))).isEqualTo(byTitle(rows(exported)));
        splitOfArticles(rows(again));
        assertThat(dates(copy)).isEqualTo(dates(team.project()));
        assertThat(jdbc.sql("select count(*) from sentence s join article a on a.id = s.article_id"
                                + " where a.project_id = :p and s.text like '%\u200B%' and s.clean_text = replace("
                                + "s.text, U&'\\200B', '')")
                        .param("p", copy.id())
                        .query(Long.class)
                        .single())
                .as("the sentence keeps the character in its text, and its clean text leaves it out")
                .isEqualTo(1);

        var source = rows(exported).getFirst();
        var rebuilt = rows(again).stream()
                .filter(row ->
                        row.get("text").asString().equals(source.get("text").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(rebuilt.get("reviewer").asString()).isEqualTo(team.reviewer().username());
        assertThat(rebuilt.get("approved_at").asString())
                .isEqualTo(source.get("approved_at").asString());
        var approval = jdbc.sql("""
                        select a.approved_by, u.username, c.comment, a.metadata ->> 'dataset.annotator_labels'
                        from article a join article_state_change c on c.article_id = a.id and c.to_state = 'APPROVED'
                        join app_user u on u.id = c.changed_by where a.id = :id""")
                .param("id", rebuilt.get("article_id").asLong())
                .query((rs, row) ->
                        List.of(String.valueOf(rs.getObject(1)), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(approval.get(0))
                .as("no reviewer of this installation approved it")
                .isEqualTo("null");
        assertThat(approval.get(1)).as("the importing manager made the move").isEqualTo(copyManager.username());
        assertThat(approval.get(2)).contains("approved by " + team.reviewer().username());
        assertThat(approval.get(3)).contains("\"curator\":\"" + team.curatorA().username() + "\"");

        var twice = upload(copy, "dataset.jsonl", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(twice.get("duplicates")).hasSize(6);
    }

    @Test
    void the_hugging_face_zip_imported_with_its_labels_rebuilds_the_same_articles() {
        var exported = datasets.export(port, team, "format=hf&" + SETTINGS);
        var copy = copyProject();

        var imported = upload(copy, "dataset.zip", exported);

        assertThat(imported.get("errors")).as("the dataset card is no article").isEmpty();
        assertThat(imported.get("imported")).hasSize(6);
        var again = datasets.export(port, copyTeam(copy), "format=hf&" + SETTINGS);
        assertThat(byTitle(hfRows(again))).isEqualTo(byTitle(hfRows(exported)));
        splitOfArticles(hfRows(again));
    }

    private dev.tagbench.user.AppUser copyManager;

    private Project copyProject() {
        var copy = data.project();
        copyManager = data.user("copy-manager");
        data.member(copy, copyManager, ProjectRole.MANAGER);
        return copy;
    }

    private Team copyTeam(Project copy) {
        return new Team(copy, copyManager, team.curatorA(), team.curatorB(), team.reviewer());
    }

    private JsonNode upload(Project project, String name, byte[] bytes) {
        var response = new ApiClient(port, copyManager.username(), TestData.PASSWORD)
                .upload("/api/v1/projects/" + project.id() + "/articles?keepLabels=true", Map.of(name, bytes));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** Each article's sentences, by title: index, text and labels in sentence order. */
    private static Map<String, List<String>> byTitle(List<JsonNode> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        row -> row.get("article_title").asString(),
                        TreeMap::new,
                        Collectors.mapping(
                                row -> row.get("sentence_index").asInt() + " "
                                        + row.get("text").asString() + " " + row.get("labels"),
                                Collectors.toList())));
    }

    private Map<String, String> dates(Project project) {
        var dates = new TreeMap<String, String>();
        jdbc.sql("select title, published_on::text from article where project_id = :p")
                .param("p", project.id())
                .query(rs -> {
                    dates.put(rs.getString(1), rs.getString(2));
                });
        return dates;
    }
}
