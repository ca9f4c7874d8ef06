package dev.tagbench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Failures: a suggester that throws and one that hangs (articles still open, other suggesters still
 * answer), and a training whose node died (another node trains instead). Heartbeats every second,
 * so a dead node is noticed in seconds.
 */
@TagbenchIntegrationTest
@Import(SuggestionFailureIT.FaultySuggesters.class)
@TestPropertySource(properties = {"tagbench.suggest.timeout=PT1S", "tagbench.tasks.heartbeat-interval=PT1S"})
class SuggestionFailureIT {

    @TestConfiguration
    static class FaultySuggesters {

        @Bean
        LabelSuggester brokenSuggester() {
            return new Faulty("broken", () -> {
                throw new IllegalStateException("the model file is corrupt");
            });
        }

        @Bean
        LabelSuggester stuckSuggester() {
            return new Faulty("stuck", () -> {
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** A suggester that does what it is told instead of suggesting. */
    record Faulty(String id, Runnable behaviour) implements LabelSuggester {

        @Override
        public String name() {
            return "Faulty " + id;
        }

        @Override
        public List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences) {
            behaviour.run();
            return List.of(new Suggestion(sentences.getFirst().sentenceId(), "troop_claim", 1, "never shown"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void a_suggester_that_throws_or_hangs_leaves_the_article_and_the_other_suggestions_working() {
        var fx = new SuggestFixture(context, 1);
        var manager = client(fx.manager);
        var rules = manager.put(
                "/api/v1/projects/" + fx.project.id() + "/suggesters/rules",
                "{\"enabled\": true, \"settings\": {\"rules\": [{\"label\": \"attack_report\", "
                        + "\"keywords\": [\"missile attack\"]}]}}");
        assertThat(rules.status()).as(rules.body()).isEqualTo(200);
        var articleId = fx.article();
        context.getBean(AssignmentService.class).assign(fx.manager, articleId, fx.curator.username());
        var curator = client(fx.curator);

        assertThat(curator.get("/api/v1/articles/" + articleId).status()).isEqualTo(200);
        var shown = curator.get("/api/v1/articles/" + articleId + "/suggestions");
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.body()).contains("attack_report").doesNotContain("troop_claim");

        var byId = new HashMap<String, JsonNode>();
        manager.get("/api/v1/projects/" + fx.project.id() + "/suggesters")
                .json()
                .forEach(row -> byId.put(row.get("id").asString(), row));
        assertThat(byId.get("broken").get("status").asString()).isEqualTo("failed");
        assertThat(byId.get("broken").get("message").asString()).contains("the model file is corrupt");
        assertThat(byId.get("stuck").get("status").asString()).isEqualTo("failed");
        assertThat(byId.get("stuck").get("message").asString()).contains("Took longer than 1000 ms");
        assertThat(byId.get("rules").get("status").asString()).isEqualTo("ready");

        // The workbench still opens: the curator labels and reads the article as usual.
        var sentence = curator.get("/api/v1/articles/" + articleId)
                .json()
                .at("/sentences/0/id")
                .asLong();
        assertThat(curator.put("/api/v1/sentences/" + sentence + "/labels", "{\"labels\": [\"pledge\"]}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_training_whose_node_died_is_picked_up_and_finished_by_another_node() {
        var fx = new SuggestFixture(context, 1);
        for (var i = 0; i < 4; i++) {
            fx.approved();
        }
        // The approvals scheduled a training; a node took it and died an hour ago, mid-training.
        var jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("insert into suggester_training (project_id, suggester_id, status, model_version, node, started_at) "
                        + "values (:p, 'minilm', 'TRAINING', 'old', 'dead-node', now() - interval '1 hour')")
                .param("p", fx.project.id())
                .update();
        var taken = jdbc.sql("update scheduled_tasks set picked = true, picked_by = 'dead-node', "
                        + "last_heartbeat = now() - interval '1 hour', execution_time = now() - interval '1 hour' "
                        + "where task_name = 'suggester-training' and task_instance = :id")
                .param("id", fx.project.id() + "/minilm")
                .update();
        assertThat(taken).isEqualTo(1);

        var ready = SuggestFixture.awaitStatus(client(fx.manager), fx.project.id(), "minilm", "ready");
        assertThat(ready.get("trainedOn").asInt()).isEqualTo(12);
        assertThat(jdbc.sql(
                                "select status, message from suggester_training where project_id = :p and node = 'dead-node'")
                        .param("p", fx.project.id())
                        .query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
                        .single())
                .startsWith("FAILED: Interrupted");
    }

    private ApiClient client(AppUser user) {
        return new ApiClient(port, user.username(), TestData.PASSWORD);
    }
}
