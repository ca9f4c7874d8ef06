package dev.tagbench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.suggest.ChatStub.Reply;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code llm} suggester against a chat-completions stub on loopback (allow-listed as 127.0.0.1
 * in the tests): what it sends, what it shows, and a model that answers garbage, fails or hangs.
 */
@TagbenchIntegrationTest
class LlmSuggesterIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private final ChatStub stub = new ChatStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    /** Labels as a sensible model would: pledges and attacks, by the index each sentence came with. */
    private static Reply labelling(ChatStub.Request request) {
        var user = request.body().get("messages").get(1).get("content").asString();
        var sentences = JSON.readTree(user.substring(user.indexOf('[')));
        var entries = new ArrayList<String>();
        for (var sentence : sentences) {
            var labels = SuggestFixture.truth(sentence.get("text").asString());
            entries.add("{\"index\": " + sentence.get("index").asInt() + ", \"labels\": "
                    + JSON.writeValueAsString(labels) + "}");
        }
        return new Reply(200, ChatStub.content("{\"sentences\": [" + String.join(", ", entries) + "]}"));
    }

    private ApiClient manager(SuggestFixture fx) {
        return new ApiClient(port, fx.manager.username(), TestData.PASSWORD);
    }

    private ApiClient.Response configure(SuggestFixture fx, String settings) {
        return manager(fx)
                .put(
                        "/api/v1/projects/" + fx.project.id() + "/suggesters/llm",
                        "{\"enabled\": true, \"settings\": " + settings + "}");
    }

    private void configure(SuggestFixture fx) {
        var answer = configure(
                fx,
                "{\"baseUrl\": \"" + stub.baseUrl() + "\", \"model\": \"stub-model\","
                        + " \"apiKey\": \"sk-stub-key\", \"maxExamples\": 2}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private JsonNode row(SuggestFixture fx) {
        for (var row : manager(fx)
                .get("/api/v1/projects/" + fx.project.id() + "/suggesters")
                .json()) {
            if (row.get("id").asString().equals("llm")) {
                return row;
            }
        }
        throw new AssertionError("no llm suggester listed");
    }

    /** The llm suggestions of the article: label keys per sentence text. */
    private List<String> suggested(SuggestFixture fx, long article) {
        var answer = manager(fx).get("/api/v1/articles/" + article + "/suggestions");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var found = new ArrayList<String>();
        for (var sentence : answer.json()) {
            for (var label : sentence.get("labels")) {
                if (label.get("suggester").asString().equals("llm")) {
                    found.add(label.get("key").asString());
                }
            }
        }
        return found;
    }

    @Test
    void one_request_per_article_carries_definitions_indexes_and_nearest_approved_examples() {
        var fx = new SuggestFixture(context, 1);
        fx.approved();
        fx.approved();
        configure(fx);
        var shown = row(fx);
        assertThat(shown.get("settings").get("apiKeySet").asBoolean()).isTrue();
        assertThat(shown.toString()).doesNotContain("sk-stub-key");
        assertThat(jdbc.sql("select settings->>'apiKey' from project_suggester where project_id = :p"
                                + " and suggester_id = 'llm'")
                        .param("p", fx.project.id())
                        .query(String.class)
                        .single())
                .startsWith("v1:");
        stub.answer(LlmSuggesterIT::labelling);

        var article = fx.article();
        assertThat(suggested(fx, article)).containsExactlyInAnyOrder("pledge", "attack_report");
        assertThat(stub.requests()).hasSize(1);
        var request = stub.requests().getFirst();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer sk-stub-key");
        assertThat(request.body().get("model").asString()).isEqualTo("stub-model");
        assertThat(request.body().get("response_format").get("type").asString()).isEqualTo("json_object");
        assertThat(request.prompt())
                .contains("- pledge (", "- attack_report (", "- troop_claim (")
                .contains("{\"sentences\": [{\"index\": n, \"labels\": [\"key\", ...]}, ...]}")
                .contains("\"index\":0", "\"index\":1", "\"index\":2")
                .contains("Approved examples")
                .contains("\"labels\":[\"pledge\"]");

        // Asked again, the answers come from the cache.
        assertThat(suggested(fx, article)).containsExactlyInAnyOrder("pledge", "attack_report");
        assertThat(stub.requests()).hasSize(1);
        assertThat(row(fx).get("status").asString()).isEqualTo("ready");
    }

    @Test
    void an_answer_that_is_not_json_or_names_unknown_labels_is_left_out_and_counted() {
        var fx = new SuggestFixture(context, 1);
        configure(fx);
        stub.answer(request -> new Reply(200, ChatStub.content("Sure! The first sentence is a pledge.")));
        assertThat(suggested(fx, fx.article())).isEmpty();
        var row = row(fx);
        assertThat(row.get("ignoredAnswers").asLong()).isEqualTo(1);
        assertThat(row.get("lastIgnored").asString()).contains("not valid JSON");
        assertThat(row.get("status").asString()).isEqualTo("ready");

        stub.answer(request -> new Reply(
                200, ChatStub.content("{\"sentences\": [{\"index\": 0, \"labels\": [\"pledge\", \"ceasefire\"]}]}")));
        assertThat(suggested(fx, fx.article())).containsExactly("pledge");
        row = row(fx);
        assertThat(row.get("ignoredAnswers").asLong()).isEqualTo(2);
        assertThat(row.get("lastIgnored").asString()).contains("ceasefire");
    }

    @Test
    void a_server_error_is_retried_once_then_shows_as_the_last_error_until_the_model_answers() {
        var fx = new SuggestFixture(context, 1);
        configure(fx);
        stub.answer(request -> new Reply(500, "{\"error\": \"model not loaded\"}"));
        assertThat(suggested(fx, fx.article())).isEmpty();
        assertThat(stub.requests()).hasSize(2);
        var row = row(fx);
        assertThat(row.get("status").asString()).isEqualTo("failed");
        assertThat(row.get("lastError").asString()).contains("HTTP 500");

        stub.answer(LlmSuggesterIT::labelling);
        assertThat(suggested(fx, fx.article())).contains("pledge");
        assertThat(row(fx).get("status").asString()).isEqualTo("ready");
        assertThat(row(fx).get("lastError").isNull()).isTrue();
    }

    @Test
    void a_model_that_never_answers_is_given_up_and_the_page_still_answers() {
        var fx = new SuggestFixture(context, 1);
        configure(fx);
        stub.hang();
        assertThat(suggested(fx, fx.article())).isEmpty();
        var row = row(fx);
        assertThat(row.get("status").asString()).isEqualTo("failed");
        assertThat(row.get("lastError").asString()).contains("No answer");
    }

    @Test
    void a_model_url_to_a_refused_address_or_without_v1_is_a_400() {
        var fx = new SuggestFixture(context, 1);
        for (var url : List.of(
                "http://localhost:11434/v1",
                "http://[::1]:11434/v1",
                "http://169.254.169.254/v1",
                stub.baseUrl().replace("/v1", "/api"))) {
            var answer = configure(fx, "{\"baseUrl\": \"" + url + "\", \"model\": \"m\"}");
            assertThat(answer.status()).as(url).isEqualTo(400);
            assertThat(answer.body()).as(url).contains("settings");
        }
    }
}
