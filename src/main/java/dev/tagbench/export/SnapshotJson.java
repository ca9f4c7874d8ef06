package dev.tagbench.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of an export snapshot: its options and what it grew from. */
final class SnapshotJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SnapshotJson() {}

    /** Options as stored (string values), sorted, so they describe an export the same way every time. */
    static Map<String, String> options(@Nullable String json) {
        var options = new TreeMap<String, String>();
        if (json != null) {
            JSON.readTree(json)
                    .properties()
                    .forEach(e -> options.put(e.getKey(), e.getValue().asString()));
        }
        return options;
    }

    static String optionsJson(Map<String, String> options) {
        return new TreeMap<>(options)
                .entrySet().stream()
                        .map(e -> JSON.writeValueAsString(e.getKey()) + ":" + JSON.writeValueAsString(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
    }

    /** The sentences per split an export recorded, in split order (zero where it recorded none). */
    static Map<String, Long> sentencesPerSplit(@Nullable String countsJson) {
        var counts = new LinkedHashMap<String, Long>();
        var sentences = countsJson == null ? null : JSON.readTree(countsJson).get("sentences");
        DatasetDescription.SPLITS.forEach(split -> counts.put(
                split,
                sentences == null || sentences.get(split) == null
                        ? 0L
                        : sentences.get(split).asLong()));
        return counts;
    }

    static @Nullable Growth growth(@Nullable String json) {
        if (json == null) {
            return null;
        }
        var node = JSON.readTree(json);
        return new Growth(
                node.get("from").asLong(),
                node.get("fromArticles").asLong(),
                node.get("fromSentences").asLong(),
                node.get("kept").asInt(),
                node.get("placed").asInt(),
                node.get("placedSentences").asLong(),
                node.get("corrected").asInt(),
                node.get("dropped").asInt());
    }
}
