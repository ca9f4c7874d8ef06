package dev.tagbench.plugins.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a chat-completions answer strictly: the message content must be a JSON object
 * {@code {"sentences": [{"index": n, "labels": ["key", …]}, …]}}. Whatever does not fit (content
 * that is not such JSON, an index out of range, a label the project does not have) is left out and
 * counted, never guessed at.
 *
 * @param labels  the labels per sentence index, for the indexes the model answered
 * @param ignored how many parts were left out
 * @param reason  why the first part was left out, or empty
 */
record ChatAnswer(Map<Integer, List<String>> labels, int ignored, String reason) {

    static ChatAnswer read(JsonMapper json, byte[] body, int sentences, Set<String> keys) {
        JsonNode content;
        try {
            var message =
                    json.readTree(body).path("choices").path(0).path("message").path("content");
            if (!message.isString()) {
                return nothing("The answer has no message content.");
            }
            content = json.readTree(message.asString());
        } catch (JacksonException e) {
            return nothing("The answer is not valid JSON.");
        }
        var entries = content.path("sentences");
        if (!content.isObject() || !entries.isArray()) {
            return nothing("The answer is not of the shape " + ChatRequest.ANSWER_SHAPE + ".");
        }
        var labels = new TreeMap<Integer, List<String>>();
        var ignored = 0;
        var reasons = new ArrayList<String>();
        for (var entry : entries) {
            var index = entry.path("index");
            var given = entry.path("labels");
            if (!index.isIntegralNumber() || index.asInt() < 0 || index.asInt() >= sentences || !given.isArray()) {
                ignored++;
                reasons.add("An entry names no sentence of the request, or no list of labels.");
                continue;
            }
            var kept = new LinkedHashSet<String>();
            for (var label : given) {
                if (label.isString() && keys.contains(label.asString())) {
                    kept.add(label.asString());
                } else {
                    ignored++;
                    reasons.add("Unknown label " + label + ".");
                }
            }
            labels.put(index.asInt(), List.copyOf(kept));
        }
        return new ChatAnswer(labels, ignored, reasons.isEmpty() ? "" : reasons.getFirst());
    }

    private static ChatAnswer nothing(String reason) {
        return new ChatAnswer(Map.of(), 1, reason);
    }
}
