package dev.tagbench.suggest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sentence vectors in {@code sentence_embedding}, keyed by the SHA-256 of the text and the encoder's
 * model version: a text is embedded once, whichever project or article it is in. Vectors are stored
 * as little-endian 32-bit floats (1.5 KB for 384 dimensions). A component, not a service: it is
 * handed to suggester plugins and acts for no user; the suggestion service has checked the caller.
 */
@Component
class EmbeddingStore implements SentenceVectors {

    /** Texts looked up or stored per statement. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EmbeddingStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public List<float[]> of(List<String> texts, SentenceEncoder encoder) {
        var model = encoder.modelVersion();
        var hashes = texts.stream().map(EmbeddingStore::hash).toList();
        var found = new HashMap<String, float[]>();
        for (var from = 0; from < hashes.size(); from += CHUNK) {
            found.putAll(stored(model, hashes.subList(from, Math.min(hashes.size(), from + CHUNK))));
        }
        var missing = new LinkedHashMap<String, String>();
        for (var i = 0; i < texts.size(); i++) {
            if (!found.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            var keys = new ArrayList<>(missing.keySet());
            var vectors = encoder.encode(new ArrayList<>(missing.values()));
            var rows = new ArrayList<Object[]>();
            for (var i = 0; i < keys.size(); i++) {
                found.put(keys.get(i), vectors.get(i));
                rows.add(new Object[] {model, HexFormat.of().parseHex(keys.get(i)), bytes(vectors.get(i))});
                if (rows.size() == CHUNK || i == keys.size() - 1) {
                    // Concurrent requests may embed the same text; the first row stays, both vectors are equal.
                    template.batchUpdate(
                            "insert into sentence_embedding (model_version, text_hash, vector) values (?, ?, ?) "
                                    + "on conflict do nothing",
                            rows);
                    rows.clear();
                }
            }
        }
        return hashes.stream().map(found::get).toList();
    }

    private Map<String, float[]> stored(String model, List<String> hashes) {
        var result = new HashMap<String, float[]>();
        jdbc.sql("""
                        select encode(e.text_hash, 'hex'), e.vector from sentence_embedding e
                        where e.model_version = :model
                          and e.text_hash in (select decode(h, 'hex') from unnest(cast(:hashes as text[])) h)""")
                .param("model", model)
                .param("hashes", hashes.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString(1), floats(rs.getBytes(2)));
                });
        return result;
    }

    static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static byte[] bytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        var vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
