package dev.tagbench.plugins.llm;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A project's settings of the {@code llm} suggester.
 *
 * @param baseUrl     the server's OpenAI-compatible API root, ending in {@code /v1}
 * @param model       the model name the server knows
 * @param apiKey      the key as stored (encrypted), or null when the server needs none
 * @param temperature 0 (the default) for the most repeatable answers
 * @param maxExamples approved sentences shown to the model as examples (default 8, at most 50)
 */
record LlmSettings(String baseUrl, String model, @Nullable String apiKey, double temperature, int maxExamples) {

    static final int DEFAULT_EXAMPLES = 8;
    static final int MAX_EXAMPLES = 50;

    /**
     * Reads and checks settings.
     *
     * @throws IllegalArgumentException with what is wrong, in words for the manager
     */
    static LlmSettings parse(JsonNode settings) {
        var baseUrl = text(settings, "baseUrl");
        if (baseUrl == null) {
            throw new IllegalArgumentException("Give baseUrl, the server's API root such as http://host:11434/v1.");
        }
        if (!baseUrl.endsWith("/v1")) {
            throw new IllegalArgumentException(
                    "baseUrl ends in /v1 (the API root of an OpenAI-compatible server), not '" + baseUrl + "'.");
        }
        var model = text(settings, "model");
        if (model == null) {
            throw new IllegalArgumentException("Give model, the name of the model on the server.");
        }
        var temperature = settings.path("temperature");
        if (!temperature.isMissingNode()
                && !temperature.isNull()
                && (!temperature.isNumber() || temperature.asDouble() < 0 || temperature.asDouble() > 2)) {
            throw new IllegalArgumentException("temperature is a number from 0 to 2.");
        }
        var examples = settings.path("maxExamples");
        if (!examples.isMissingNode()
                && !examples.isNull()
                && (!examples.isIntegralNumber() || examples.asInt() < 0 || examples.asInt() > MAX_EXAMPLES)) {
            throw new IllegalArgumentException("maxExamples is a whole number from 0 to " + MAX_EXAMPLES + ".");
        }
        return new LlmSettings(
                baseUrl,
                model,
                text(settings, "apiKey"),
                temperature.isNumber() ? temperature.asDouble() : 0,
                examples.isIntegralNumber() ? examples.asInt() : DEFAULT_EXAMPLES);
    }

    String completionsUrl() {
        return baseUrl + "/chat/completions";
    }

    /** What an answer depends on besides the sentence, for the cache key: never the key itself. */
    String fingerprint() {
        return baseUrl + "\n" + model + "\n" + temperature + "\n" + maxExamples;
    }

    private static @Nullable String text(JsonNode settings, String field) {
        var node = settings.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new IllegalArgumentException(field + " is a string.");
        }
        var value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }
}
