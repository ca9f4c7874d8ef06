package dev.tagbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.Datasets;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Corrections after approval: a manager sends an approved article back to review with a reason. */
@TagbenchIntegrationTest
class ReturnToReviewIT {

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

    @Autowired
    TestData data;

    @Test
    void a_manager_returns_an_approved_article_which_keeps_its_labels_and_its_history_says_why() {
        var team = datasets.team();
        var article = datasets.approved(team, sentence -> List.of("troop_claim"));
        var manager = api(team.manager().username());
        var reviewer = api(team.reviewer().username());
        var path = "/api/v1/articles/" + article;

        assertThat(reviewer.post(path + "/return-to-review", "{\"reason\": \"Wrong\"}")
                        .status())
                .isEqualTo(403);
        assertThat(manager.post(path + "/return-to-review", "{}").status()).isEqualTo(400);
        var returned = manager.post(path + "/return-to-review", "{\"reason\": \"Sentence 2 is a pledge.\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(manager.post(path + "/return-to-review", "{\"reason\": \"Again\"}")
                        .status())
                .as("only an approved article goes back")
                .isEqualTo(409);

        var sheet = reviewer.get(path + "/review").json();
        assertThat(sheet.get("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(sheet.get("heldBy").isNull()).isTrue();
        assertThat(sheet.get("sentences").valueStream())
                .as("final labels kept for editing")
                .allMatch(row -> row.get("final").toString().equals("[\"troop_claim\"]"));

        var history = manager.get(path + "/history").json();
        var last = history.get(history.size() - 1);
        assertThat(last.get("from").asString()).isEqualTo("APPROVED");
        assertThat(last.get("to").asString()).isEqualTo("IN_REVIEW");
        assertThat(last.get("by").asString()).isEqualTo(team.manager().username());
        assertThat(last.get("comment").asString()).isEqualTo("Sentence 2 is a pledge.");
        assertThat(api(team.curatorA().username()).get(path + "/history").status())
                .isEqualTo(403);

        var start = reviewer.post(path + "/review/start", "");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.json().get("heldBy").asString())
                .isEqualTo(team.reviewer().username());
        var sentence = data.sentenceIds(article).get(1);
        assertThat(reviewer.put(path + "/review/sentences/" + sentence, "{\"labels\": [\"pledge\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(reviewer.post(path + "/approve", "").status()).isEqualTo(200);
        var afterwards = manager.get(path + "/history").json();
        assertThat(afterwards.get(afterwards.size() - 1).get("to").asString()).isEqualTo("APPROVED");
    }

    @Test
    void a_curator_of_the_article_cannot_take_its_returned_review() {
        var team = datasets.team();
        var article = datasets.approved(team, sentence -> List.of());
        data.member(team.project(), team.curatorA(), ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);
        assertThat(api(team.manager().username())
                        .post("/api/v1/articles/" + article + "/return-to-review", "{\"reason\": \"Recheck\"}")
                        .status())
                .isEqualTo(200);

        var start = api(team.curatorA().username()).post("/api/v1/articles/" + article + "/review/start", "");

        assertThat(start.status()).isEqualTo(403);
    }

    private ApiClient api(String username) {
        return new ApiClient(port, username, TestData.PASSWORD);
    }
}
