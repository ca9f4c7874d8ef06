package dev.tagbench.plugins.minilm;

import dev.tagbench.suggest.LabelSuggester;
import dev.tagbench.suggest.LabelledSentence;
import dev.tagbench.suggest.NotEnoughExamplesException;
import dev.tagbench.suggest.SentenceEncoder;
import dev.tagbench.suggest.SentenceVectors;
import dev.tagbench.suggest.SuggestionContext;
import dev.tagbench.suggest.TrainedModel;
import dev.tagbench.suggest.TrainingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;

/**
 * Learns each project's labels from its approved sentences: every sentence becomes a MiniLM vector
 * (stored once per text), and each label gets a calibrated, class-balanced logistic regression over
 * those vectors. A label needs at least 2 approved sentences with it and 2 without it.
 */
@Order(10)
public class MiniLmSuggester implements LabelSuggester {

    static final int MIN_EXAMPLES = 2;

    private final SentenceVectors vectors;
    private final SentenceEncoder encoder;
    private final LogisticTrainer trainer;

    public MiniLmSuggester(SentenceVectors vectors, SentenceEncoder encoder, LogisticTrainer trainer) {
        this.vectors = vectors;
        this.encoder = encoder;
        this.trainer = trainer;
    }

    @Override
    public Optional<SentenceEncoder> encoder() {
        return Optional.of(encoder);
    }

    @Override
    public String id() {
        return "minilm";
    }

    @Override
    public String name() {
        return "Learned from approved sentences (MiniLM embeddings)";
    }

    @Override
    public boolean trainable() {
        return true;
    }

    @Override
    public String modelVersion() {
        return encoder.modelVersion() + "+logistic-platt";
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences) {
        if (!(context.model() instanceof LabelScorers scorers) || sentences.isEmpty()) {
            return List.of();
        }
        var embedded = vectors.of(sentences.stream().map(SentenceToLabel::text).toList(), encoder);
        var suggestions = new ArrayList<Suggestion>();
        for (var i = 0; i < sentences.size(); i++) {
            for (var label : context.schema()) {
                var scorer = scorers.byLabel().get(label.key());
                if (scorer != null) {
                    suggestions.add(new Suggestion(
                            sentences.get(i).sentenceId(),
                            label.key(),
                            scorer.probability(embedded.get(i)),
                            "learned from approved sentences"));
                }
            }
        }
        return suggestions;
    }

    @Override
    public TrainedModel train(TrainingContext context, List<LabelledSentence> examples) {
        var counts = new TreeMap<String, Integer>();
        context.schema().forEach(label -> counts.put(label.key(), 0));
        examples.forEach(example -> example.labels().forEach(key -> counts.computeIfPresent(key, (k, n) -> n + 1)));
        var learnable = context.schema().stream()
                .filter(label -> counts.get(label.key()) >= MIN_EXAMPLES
                        && examples.size() - counts.get(label.key()) >= MIN_EXAMPLES)
                .toList();
        if (learnable.isEmpty()) {
            throw new NotEnoughExamplesException("Each label needs at least " + MIN_EXAMPLES
                    + " approved sentences with it and " + MIN_EXAMPLES + " without it; approved so far: "
                    + examples.size() + " sentences, by label " + counts + ".");
        }
        var embedded = vectors.of(examples.stream().map(LabelledSentence::text).toList(), encoder);
        var rows = FeatureRows.dense(embedded.toArray(float[][]::new), embedded.getFirst().length);
        var articles = examples.stream().mapToLong(LabelledSentence::articleId).toArray();
        var scorers = new LinkedHashMap<String, LinearScorer>();
        for (var label : learnable) {
            var positive = new boolean[examples.size()];
            for (var i = 0; i < positive.length; i++) {
                positive[i] = examples.get(i).labels().contains(label.key());
            }
            scorers.put(label.key(), trainer.train(rows, positive, articles));
        }
        return new LabelScorers(encoder.modelVersion(), scorers);
    }

    @Override
    public TrainedModel readModel(byte[] bytes) {
        return LabelScorers.fromBytes(bytes);
    }
}
