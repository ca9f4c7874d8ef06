package dev.tagbench.export;

import static dev.tagbench.support.Datasets.entries;
import static dev.tagbench.support.Datasets.hfRows;
import static dev.tagbench.support.Datasets.rows;
import static dev.tagbench.support.Datasets.splitOfArticles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.support.Datasets;
import dev.tagbench.support.Datasets.Team;
import dev.tagbench.support.TagbenchIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A dataset grows: earlier articles keep their split, only new ones are placed, and the card says so. */
@TagbenchIntegrationTest
class DatasetGrowthIT {

    private static final String SETTINGS = "split=60,20,20&seed=42";

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

    @Autowired
    ProjectSetupService setup;

    @Autowired
    JdbcClient jdbc;

    Team team;
    List<Long> first = new ArrayList<>();

    @BeforeEach
    void setUp() {
        team = datasets.team();
        for (var i = 0; i < 10; i++) {
            first.add(datasets.approved(team, labelsOf(i)));
        }
    }

    @Test
    void a_second_version_keeps_every_article_in_its_split_and_places_only_the_new_ones() {
        var v1 = datasets.export(port, team, "format=hf&" + SETTINGS);
        var before = splitOfArticles(hfRows(v1));
        assertThat(before.keySet()).containsExactlyInAnyOrderElementsOf(first);
        assertThat(new HashSet<>(before.values())).containsExactlyInAnyOrder("train", "validation", "test");

        var added = new ArrayList<Long>();
        for (var i = 0; i < 6; i++) {
            // Rare labels in the new articles: a fresh plan would move earlier articles to balance them.
            var labels = i % 2 == 0 ? List.of("attack_report") : List.<String>of();
            added.add(datasets.approved(team, sentence -> labels));
        }
        var v2 = datasets.export(port, team, "format=hf&" + SETTINGS);
        var after = splitOfArticles(hfRows(v2));

        before.forEach((article, split) -> assertThat(after.get(article))
                .as("split of article %d", article)
                .isEqualTo(split));
        assertThat(after.keySet()).containsAll(added);
        var card = new String(entries(v2).get("README.md"), StandardCharsets.UTF_8);
        var v1Id = snapshotIds().get(1);
        assertThat(card)
                .contains("Grown from export #" + v1Id + " (10 articles, 40 sentences)")
                .contains("| kept in their split | 10 |")
                .contains("| placed new | 6 (24 sentences) |");

        assertThat(datasets.export(port, team, "format=hf&" + SETTINGS))
                .as("the same data and settings give the same bytes, card included")
                .isEqualTo(v2);
        assertThat(splitOfArticles(rows(datasets.export(port, team, "format=jsonl&" + SETTINGS))))
                .as("splits do not depend on the format")
                .isEqualTo(after);
    }

    @Test
    void the_first_export_with_other_settings_plans_afresh_and_says_so() {
        datasets.export(port, team, "format=jsonl&" + SETTINGS);
        var other = datasets.export(port, team, "format=hf&split=50,25,25&seed=7");

        var card = new String(entries(other).get("README.md"), StandardCharsets.UTF_8);
        assertThat(card).contains("The first export of this project with these split ratios and seed.");
    }

    @Test
    void exports_made_before_splits_were_recorded_keep_their_splits_too() {
        var v1 = splitOfArticles(rows(datasets.export(port, team, "format=jsonl&" + SETTINGS)));
        // As an export recorded by an earlier version: article ids only.
        jdbc.sql("delete from export_snapshot_article where snapshot_id = :id")
                .param("id", snapshotIds().getFirst())
                .update();
        datasets.approved(team, sentence -> List.of("troop_claim"));

        var v2 = splitOfArticles(rows(datasets.export(port, team, "format=jsonl&" + SETTINGS)));

        v1.forEach((article, split) -> assertThat(v2.get(article)).isEqualTo(split));
        assertThat(jdbc.sql("select count(*) from export_snapshot_article where snapshot_id = :id")
                        .param("id", snapshotIds().get(1))
                        .query(Long.class)
                        .single())
                .as("recorded the first time it was needed")
                .isEqualTo(10);
    }

    @Test
    void the_card_declares_the_projects_language_and_csv_can_start_with_a_byte_order_mark() {
        setup.save(team.manager(), team.project().id(), ProjectChanges.language("uk"), null, null, false);
        var card = new String(
                entries(datasets.export(port, team, "format=hf&" + SETTINGS)).get("README.md"), StandardCharsets.UTF_8);
        assertThat(card).contains("language:\n- uk\n");

        var response = datasets.get(
                port,
                "/api/v1/projects/" + team.project().id() + "/export?format=csv&bom=true&" + SETTINGS,
                team.manager());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().toLowerCase())
                .contains("text/csv")
                .contains("charset=utf-8");
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        var jsonl = datasets.get(
                port, "/api/v1/projects/" + team.project().id() + "/export?format=jsonl&bom=true", team.manager());
        assertThat(jsonl.statusCode()).as("no byte-order mark for JSON Lines").isEqualTo(400);
    }

    /** Snapshot ids of the project, newest first. */
    private List<Long> snapshotIds() {
        return jdbc.sql("select id from export_snapshot where project_id = :p order by id desc")
                .param("p", team.project().id())
                .query(Long.class)
                .list();
    }

    private static java.util.function.IntFunction<List<String>> labelsOf(int article) {
        return sentence -> switch ((article + sentence) % 4) {
            case 0 -> List.of("pledge");
            case 1 -> List.of("troop_claim");
            case 2 -> List.of();
            default -> article % 5 == 0 ? List.of("attack_report") : List.of("pledge");
        };
    }
}
