package dev.tagbench.plugins.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.util.Utils;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding model runs in the JVM from its jar, with DJL's tokenizer kept offline. */
class MiniLmEncoderTest {

    @Test
    void embeds_sentences_so_that_related_ones_lie_closer_with_djl_offline() {
        var encoder = new MiniLmEncoder();
        var vectors = encoder.encode(List.of(
                "Japan pledged new aid to Ukraine.",
                "Germany promised more military aid to Ukraine.",
                "The weather in Lviv stayed mild and dry this week."));

        assertThat(vectors).hasSize(3).allSatisfy(vector -> assertThat(vector).hasSize(384));
        assertThat(cosine(vectors.get(0), vectors.get(1))).isGreaterThan(cosine(vectors.get(0), vectors.get(2)));
        assertThat(encoder.modelVersion()).startsWith("all-minilm-l6-v2-q@1.19.0-beta29");
        assertThat(Utils.isOfflineMode()).as("DJL's offline mode").isTrue();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
