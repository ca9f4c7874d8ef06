package dev.tagbench.plugins.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ChatAnswerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KEYS = Set.of("pledge", "attack_report");

    private static byte[] answer(String content) {
        var body = JSON.createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("content", content);
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void labels_are_read_by_the_index_each_sentence_carried() {
        var read = ChatAnswer.read(
                JSON,
                answer(
                        "{\"sentences\": [{\"index\": 1, \"labels\": [\"attack_report\"]}, {\"index\": 0, \"labels\": []}]}"),
                2,
                KEYS);
        assertThat(read.labels()).isEqualTo(Map.of(0, List.of(), 1, List.of("attack_report")));
        assertThat(read.ignored()).isZero();
    }

    @Test
    void unknown_labels_and_indexes_outside_the_request_are_left_out_and_counted() {
        var read = ChatAnswer.read(
                JSON,
                answer("{\"sentences\": [{\"index\": 0, \"labels\": [\"pledge\", \"ceasefire\", 7]},"
                        + " {\"index\": 5, \"labels\": [\"pledge\"]}, {\"index\": \"1\", \"labels\": []}]}"),
                2,
                KEYS);
        assertThat(read.labels()).isEqualTo(Map.of(0, List.of("pledge")));
        assertThat(read.ignored()).isEqualTo(4);
        assertThat(read.reason()).contains("ceasefire");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sure! Sentence 0 is a pledge.",
                "[{\\\"index\\\": 0}]",
                "{\\\"labels\\\": {}}",
                "{\\\"sentences\\\": \\\"none\\\"}",
                ""
            })
    void content_that_is_not_the_asked_json_counts_once_and_gives_nothing(String content) {
        var read = ChatAnswer.read(JSON, answer(content.replace("\\\"", "\"")), 1, KEYS);
        assertThat(read.labels()).isEmpty();
        assertThat(read.ignored()).isEqualTo(1);
    }

    @Test
    void a_body_that_is_not_a_chat_completion_counts_once() {
        var read = ChatAnswer.read(JSON, "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8), 1, KEYS);
        assertThat(read.labels()).isEmpty();
        assertThat(read.ignored()).isEqualTo(1);
    }

    @Test
    void settings_need_a_v1_root_and_a_model() {
        assertThatThrownBy(() -> LlmSettings.parse(JSON.readTree("{\"baseUrl\": \"http://h/api\", \"model\": \"m\"}")))
                .hasMessageContaining("/v1");
        assertThatThrownBy(() -> LlmSettings.parse(JSON.readTree("{\"baseUrl\": \"http://h/v1\"}")))
                .hasMessageContaining("model");
        assertThatThrownBy(() -> LlmSettings.parse(
                        JSON.readTree("{\"baseUrl\": \"http://h/v1\", \"model\": \"m\", \"maxExamples\": 500}")))
                .hasMessageContaining("maxExamples");
        var settings = LlmSettings.parse(JSON.readTree("{\"baseUrl\": \"http://h/v1\", \"model\": \"m\"}"));
        assertThat(settings.completionsUrl()).isEqualTo("http://h/v1/chat/completions");
        assertThat(settings.maxExamples()).isEqualTo(LlmSettings.DEFAULT_EXAMPLES);
        assertThat(settings.temperature()).isZero();
    }
}
