package dev.tagbench.bench;

import dev.tagbench.plugins.minilm.FeatureRows;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The baseline's features: TF-IDF over lower-cased word unigrams, vocabulary and document
 * frequencies from the training sentences only, sublinear term frequency, smoothed IDF, rows
 * scaled to unit length (scikit-learn's {@code TfidfVectorizer(sublinear_tf=True)}).
 */
final class TfIdf {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final double[] idf;

    TfIdf(List<String> training) {
        var df = new HashMap<String, Integer>();
        for (var text : training) {
            counts(text).keySet().forEach(word -> df.merge(word, 1, Integer::sum));
        }
        df.keySet().stream().sorted().forEach(word -> vocabulary.put(word, vocabulary.size()));
        idf = new double[vocabulary.size()];
        df.forEach((word, n) -> idf[vocabulary.get(word)] = Math.log((1.0 + training.size()) / (1.0 + n)) + 1);
    }

    FeatureRows rows(List<String> texts) {
        var indexes = new int[texts.size()][];
        var values = new float[texts.size()][];
        for (var i = 0; i < texts.size(); i++) {
            var row = new TreeMap<Integer, Double>();
            counts(texts.get(i)).forEach((word, count) -> {
                var index = vocabulary.get(word);
                if (index != null) {
                    row.put(index, (1 + Math.log(count)) * idf[index]);
                }
            });
            var norm = Math.sqrt(row.values().stream().mapToDouble(v -> v * v).sum());
            indexes[i] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            values[i] = new float[indexes[i].length];
            var j = 0;
            for (var value : row.values()) {
                values[i][j++] = (float) (norm == 0 ? 0 : value / norm);
            }
        }
        return FeatureRows.sparse(indexes, values, Math.max(1, vocabulary.size()));
    }

    private static Map<String, Integer> counts(String text) {
        var counts = new HashMap<String, Integer>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }
}
