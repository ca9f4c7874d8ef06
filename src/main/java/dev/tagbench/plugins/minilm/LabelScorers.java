package dev.tagbench.plugins.minilm;

import dev.tagbench.suggest.TrainedModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A project's model: one calibrated linear scorer per label over sentence vectors. For 384
 * dimensions that is about 1.5 KB per label.
 *
 * @param encoder the embedding model the scorers were trained on; vectors of another do not fit
 */
public record LabelScorers(String encoder, Map<String, LinearScorer> byLabel) implements TrainedModel {

    private static final int FORMAT = 1;

    public LabelScorers {
        byLabel = Collections.unmodifiableMap(new LinkedHashMap<>(byLabel));
    }

    @Override
    public Set<String> labels() {
        return byLabel.keySet();
    }

    @Override
    public byte[] toBytes() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(encoder);
            out.writeInt(byLabel.size());
            for (var entry : byLabel.entrySet()) {
                var scorer = entry.getValue();
                out.writeUTF(entry.getKey());
                out.writeDouble(scorer.bias());
                out.writeDouble(scorer.calibration().a());
                out.writeDouble(scorer.calibration().b());
                out.writeInt(scorer.weights().length);
                for (var w : scorer.weights()) {
                    out.writeFloat((float) w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static LabelScorers fromBytes(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            var format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown model format " + format);
            }
            var encoder = in.readUTF();
            var count = in.readInt();
            var byLabel = new LinkedHashMap<String, LinearScorer>();
            for (var i = 0; i < count; i++) {
                var key = in.readUTF();
                var bias = in.readDouble();
                var calibration = new PlattScaling(in.readDouble(), in.readDouble());
                var weights = new double[in.readInt()];
                for (var j = 0; j < weights.length; j++) {
                    weights[j] = in.readFloat();
                }
                byLabel.put(key, new LinearScorer(weights, bias, calibration));
            }
            return new LabelScorers(encoder, byLabel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
