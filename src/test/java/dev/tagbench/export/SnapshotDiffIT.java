package dev.tagbench.export;

import static dev.tagbench.support.Datasets.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.review.ReviewService;
import dev.tagbench.support.Datasets;
import dev.tagbench.support.Datasets.Team;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The changelog of a dataset: rows added, removed and changed between two exports, as each was made. */
@TagbenchIntegrationTest
class SnapshotDiffIT {

    private static final String SETTINGS = "format=jsonl&split=50,25,25&seed=3";

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

    @Autowired
    ReviewService reviews;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_correction_is_a_changed_row_a_new_article_added_rows_and_one_back_in_review_removed_rows() {
        var team = datasets.team();
        var articles = new ArrayList<Long>();
        for (var i = 0; i < 4; i++) {
            articles.add(datasets.approved(team, sentence -> List.of("troop_claim")));
        }
        var v1 = datasets.export(port, team, SETTINGS);
        var v1Id = latestSnapshot(team);

        var corrected = articles.get(0);
        var sentence = data.sentenceIds(corrected).get(1);
        reviews.returnToReview(team.manager(), corrected, "The second sentence is a pledge.");
        reviews.start(team.reviewer(), corrected);
        reviews.setFinal(team.reviewer(), corrected, sentence, List.of("pledge"), null);
        reviews.approve(team.reviewer(), corrected);
        var inReview = articles.get(1);
        reviews.returnToReview(team.manager(), inReview, "Check the dates.");
        var added = datasets.approved(team, s -> List.of());
        datasets.export(port, team, SETTINGS);
        var v2Id = latestSnapshot(team);

        var diff = diff(team, v1Id, v2Id);
        assertThat(diff.get("from").asLong()).isEqualTo(v1Id);
        assertThat(diff.get("to").asLong()).isEqualTo(v2Id);
        assertThat(diff.get("added").asLong()).isEqualTo(4);
        assertThat(diff.get("removed").asLong()).isEqualTo(4);
        assertThat(diff.get("changed").asLong()).isEqualTo(1);
        var rows = diff.get("rows").valueStream().toList();
        assertThat(rows)
                .extracting(row -> row.get("articleId").asLong())
                .as("by article")
                .isSorted();
        var changed = only(rows, "changed");
        assertThat(changed.get("id").asLong()).isEqualTo(sentence);
        assertThat(changed.at("/before/labels/0").asString()).isEqualTo("troop_claim");
        assertThat(changed.at("/after/labels/0").asString()).isEqualTo("pledge");
        assertThat(changed.at("/after/split").asString())
                .isEqualTo(changed.at("/before/split").asString());
        assertThat(changed.at("/after/text").asString())
                .isEqualTo(changed.at("/before/text").asString());
        assertThat(rows.stream().filter(row -> row.get("change").asString().equals("added")))
                .allMatch(row -> row.get("articleId").asLong() == added && row.get("before") == null);
        assertThat(rows.stream().filter(row -> row.get("change").asString().equals("removed")))
                .allMatch(row -> row.get("articleId").asLong() == inReview && row.get("after") == null);

        var again = datasets.get(
                port, "/api/v1/projects/" + team.project().id() + "/exports/" + v1Id + "/download", team.manager());
        assertThat(again.body())
                .as("the earlier export downloads as it was, the correction notwithstanding")
                .isEqualTo(v1);
        var backwards = diff(team, v2Id, v1Id);
        assertThat(List.of(
                        backwards.get("added").asLong(),
                        backwards.get("removed").asLong(),
                        backwards.get("changed").asLong()))
                .containsExactly(4L, 4L, 1L);
        assertThat(diff(team, v2Id, v2Id).get("rows")).isEmpty();
    }

    @Test
    void only_managers_of_the_project_see_a_diff_and_only_of_its_own_exports() {
        var team = datasets.team();
        datasets.approved(team, sentence -> List.of("pledge"));
        datasets.export(port, team, SETTINGS);
        var mine = latestSnapshot(team);
        var other = datasets.team();
        datasets.approved(other, sentence -> List.of());
        datasets.export(port, other, SETTINGS);
        var theirs = latestSnapshot(other);
        var path = "/api/v1/projects/" + team.project().id() + "/exports/";

        assertThat(datasets.get(port, path + mine + "/diff/" + mine, team.curatorA())
                        .statusCode())
                .isEqualTo(403);
        assertThat(datasets.get(port, path + mine + "/diff/" + theirs, team.manager())
                        .statusCode())
                .isEqualTo(404);
        assertThat(datasets.get(port, path + theirs + "/diff/" + mine, other.manager())
                        .statusCode())
                .isEqualTo(404);
    }

    private JsonNode diff(Team team, long from, long to) {
        var response = datasets.get(
                port, "/api/v1/projects/" + team.project().id() + "/exports/" + from + "/diff/" + to, team.manager());
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    private static JsonNode only(List<JsonNode> rows, String change) {
        var matching = rows.stream()
                .filter(row -> row.get("change").asString().equals(change))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    private long latestSnapshot(Team team) {
        return jdbc.sql("select max(id) from export_snapshot where project_id = :p")
                .param("p", team.project().id())
                .query(Long.class)
                .single();
    }
}
