package dev.tagbench.plugins.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The model's labels per sentence text and settings (server, model, temperature, examples, schema,
 * guidelines), the least recently used dropped beyond {@code size}: a sentence is asked about once,
 * however often its article is opened, until something it depends on changes.
 */
final class AnswerCache {

    private final Map<String, List<String>> answers;

    AnswerCache(int size) {
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                return size() > size;
            }
        };
    }

    synchronized @Nullable List<String> get(String fingerprint, String text) {
        return answers.get(key(fingerprint, text));
    }

    synchronized void put(String fingerprint, String text, List<String> labels) {
        answers.put(key(fingerprint, text), List.copyOf(labels));
    }

    private static String key(String fingerprint, String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
