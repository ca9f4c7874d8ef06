package dev.tagbench.suggest;

import dev.tagbench.suggest.SuggesterRepository.TrainingRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The models in use, read from the database once per training and kept in memory. Each is a few KB
 * (384 weights per label), and at most {@link #CAPACITY} are kept, least recently used out first,
 * so memory stays bounded however many projects a node serves. A model's bytes are read in a short
 * transaction of their own and turned into a model (plugin code) outside it.
 */
@Component
class ModelCache {

    static final int CAPACITY = 200;

    /** A model and the training it came from. */
    record Loaded(TrainedModel model, long trainingId, String modelVersion) {}

    private final StoredSuggesters stored;
    private final Map<Long, TrainedModel> byTraining = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, TrainedModel> eldest) {
            return size() > CAPACITY;
        }
    };

    ModelCache(StoredSuggesters stored) {
        this.stored = stored;
    }

    /** The model of the given training, the suggester's latest successful one in a project (null: none). */
    Optional<Loaded> model(LabelSuggester suggester, @Nullable TrainingRow latest) {
        if (!suggester.trainable() || latest == null) {
            return Optional.empty();
        }
        TrainedModel model;
        synchronized (byTraining) {
            model = byTraining.get(latest.id());
        }
        if (model == null) {
            var bytes = stored.modelBytes(latest.id());
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            model = suggester.readModel(bytes.get());
            synchronized (byTraining) {
                byTraining.put(latest.id(), model);
            }
        }
        return Optional.of(new Loaded(model, latest.id(), latest.modelVersion() + "#" + latest.id()));
    }
}
