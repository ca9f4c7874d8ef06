package dev.tagbench.plugins.llm;

import dev.tagbench.project.Label;
import dev.tagbench.suggest.LabelledSentence;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chat-completions request for one article: the label definitions, the guidelines and the
 * examples in the system message, the sentences with their indexes in the user message, and the
 * answer asked for as a JSON object of exactly one shape.
 */
final class ChatRequest {

    static final String ANSWER_SHAPE = "{\"sentences\": [{\"index\": n, \"labels\": [\"key\", ...]}, ...]}";

    private ChatRequest() {}

    static byte[] of(
            JsonMapper json,
            LlmSettings settings,
            List<Label> schema,
            String guidelines,
            List<LabelledSentence> examples,
            List<String> sentences) {
        var body = json.createObjectNode();
        body.put("model", settings.model());
        body.put("temperature", settings.temperature());
        body.putObject("response_format").put("type", "json_object");
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system(json, schema, guidelines, examples));
        messages.addObject().put("role", "user").put("content", user(json, sentences));
        return json.writeValueAsBytes(body);
    }

    private static String system(
            JsonMapper json, List<Label> schema, String guidelines, List<LabelledSentence> examples) {
        var text = new StringBuilder();
        text.append("You label sentences of news articles. A sentence may have several labels or none.\n\nLabels:\n");
        for (var label : schema) {
            text.append("- ")
                    .append(label.key())
                    .append(" (")
                    .append(label.name())
                    .append(')');
            if (!label.description().isBlank()) {
                text.append(": ").append(label.description().strip());
            }
            text.append('\n');
        }
        if (!guidelines.isBlank()) {
            text.append("\nGuidelines:\n").append(guidelines.strip()).append('\n');
        }
        if (!examples.isEmpty()) {
            text.append("\nApproved examples (text and labels):\n");
            for (var example : examples) {
                ObjectNode line = json.createObjectNode();
                line.put("text", example.text());
                var labels = line.putArray("labels");
                example.labels().forEach(labels::add);
                text.append(json.writeValueAsString(line)).append('\n');
            }
        }
        text.append("\nAnswer with one JSON object and nothing else, exactly of this shape: ")
                .append(ANSWER_SHAPE)
                .append(", one entry per sentence by its index, using only the label keys above;"
                        + " an empty list when no label applies.");
        return text.toString();
    }

    private static String user(JsonMapper json, List<String> sentences) {
        var array = json.createArrayNode();
        for (var i = 0; i < sentences.size(); i++) {
            array.addObject().put("index", i).put("text", sentences.get(i));
        }
        return "Label these sentences:\n" + json.writeValueAsString(array);
    }
}
