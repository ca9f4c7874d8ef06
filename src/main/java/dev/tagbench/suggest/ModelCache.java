package dev.tagbench.suggest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The models in use, read from the database once per training and kept in memory. Each is a few KB
 * (384 weights per label), and at most {@link #CAPACITY} are kept, least recently used out first,
 * so memory stays bounded however many projects a node serves.
 */
@Component
class ModelCache {

    static final int CAPACITY = 200;

    /** A model and the training it came from. */
    record Loaded(TrainedModel model, long trainingId, String modelVersion) {}

    private final SuggesterRepository repository;
    private final Map<Long, TrainedModel> byTraining = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, TrainedModel> eldest) {
            return size() > CAPACITY;
        }
    };

    ModelCache(SuggesterRepository repository) {
        this.repository = repository;
    }

    /** The model of the suggester's latest successful training in the project, if any. */
    Optional<Loaded> model(long projectId, LabelSuggester suggester) {
        if (!suggester.trainable()) {
            return Optional.empty();
        }
        return repository.latestModel(projectId, suggester.id()).flatMap(row -> {
            TrainedModel model;
            synchronized (byTraining) {
                model = byTraining.get(row.id());
            }
            if (model == null) {
                var bytes = repository.modelBytes(row.id());
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                model = suggester.readModel(bytes.get());
                synchronized (byTraining) {
                    byTraining.put(row.id(), model);
                }
            }
            return Optional.of(new Loaded(model, row.id(), row.modelVersion() + "#" + row.id()));
        });
    }
}
