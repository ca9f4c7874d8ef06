package dev.tagbench.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The exact nearest sentences by cosine similarity, kept in a bounded heap while vectors stream past:
 * memory holds {@code limit} candidates whatever the number of sentences. Vectors arrive as stored
 * (little-endian 32-bit floats) and are read in place, without copying.
 */
final class NearestSentences {

    /** A sentence and its similarity to the query. */
    record Scored(long sentenceId, double similarity) {}

    private final float[] query;
    private final double queryNorm;
    private final int limit;
    private final PriorityQueue<Scored> kept = new PriorityQueue<>(Comparator.comparingDouble(Scored::similarity)
            .thenComparing(Scored::sentenceId, Comparator.reverseOrder()));
    private int compared;
    private int missing;

    NearestSentences(float[] query, int limit) {
        this.query = query.clone();
        this.queryNorm = norm(query);
        this.limit = limit;
    }

    void offer(long sentenceId, byte @Nullable [] vector) {
        if (vector == null || vector.length != query.length * Float.BYTES) {
            missing++;
            return;
        }
        compared++;
        var floats = ByteBuffer.wrap(vector).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        double dot = 0;
        double norm = 0;
        for (var i = 0; i < query.length; i++) {
            var value = floats.get(i);
            dot += value * query[i];
            norm += value * value;
        }
        var similarity = norm == 0 || queryNorm == 0 ? 0 : dot / (Math.sqrt(norm) * queryNorm);
        kept.add(new Scored(sentenceId, similarity));
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    /** The kept sentences, most similar first (ties: lower id first). */
    List<Scored> nearest() {
        var result = new ArrayList<>(kept);
        result.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparingLong(Scored::sentenceId));
        return result;
    }

    /** Sentences compared. */
    int compared() {
        return compared;
    }

    /** Sentences without a stored vector of the model, left out. */
    int missing() {
        return missing;
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (var value : vector) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
