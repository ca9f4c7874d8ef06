package dev.tagbench.plugins.llm;

import dev.tagbench.suggest.LabelledSentence;
import dev.tagbench.suggest.SentenceEncoder;
import dev.tagbench.suggest.SentenceVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Picks the examples shown to the model: approved sentences nearest in meaning (cosine of their
 * sentence embeddings, read from the embedding store) to the sentences asked about, taking each
 * sentence's nearest in turn so every sentence gets its share. A sentence asked about is never its
 * own example. Without an encoder (the MiniLM plugin switched off) the latest approved sentences.
 */
final class NearestExamples {

    /** Approved sentences compared at most, the latest ones: bounds the work per request. */
    static final int CANDIDATES = 5000;

    private final SentenceVectors vectors;
    private final @Nullable SentenceEncoder encoder;

    NearestExamples(SentenceVectors vectors, @Nullable SentenceEncoder encoder) {
        this.vectors = vectors;
        this.encoder = encoder;
    }

    List<LabelledSentence> pick(List<LabelledSentence> approved, List<String> sentences, int max) {
        var asked = new LinkedHashSet<>(sentences);
        var candidates = approved.stream()
                .filter(example -> !asked.contains(example.text()))
                .toList();
        if (candidates.size() > CANDIDATES) {
            candidates = candidates.subList(candidates.size() - CANDIDATES, candidates.size());
        }
        if (max == 0 || candidates.isEmpty()) {
            return List.of();
        }
        if (encoder == null) {
            return candidates.subList(Math.max(0, candidates.size() - max), candidates.size());
        }
        var texts = new ArrayList<String>(sentences);
        candidates.forEach(example -> texts.add(example.text()));
        var all = vectors.of(texts, encoder);
        var rankings = new ArrayList<List<Integer>>();
        for (var i = 0; i < sentences.size(); i++) {
            var query = all.get(i);
            var finalCandidates = candidates;
            rankings.add(IntStream.range(0, finalCandidates.size())
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -cosine(query, all.get(sentences.size() + c))))
                    .limit(max)
                    .toList());
        }
        var chosen = new LinkedHashSet<Integer>();
        for (var rank = 0; rank < max && chosen.size() < max; rank++) {
            for (var ranking : rankings) {
                if (rank < ranking.size() && chosen.size() < max) {
                    chosen.add(ranking.get(rank));
                }
            }
        }
        var result = new ArrayList<LabelledSentence>();
        for (var index : chosen) {
            result.add(candidates.get(index));
        }
        return result;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (var i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
