package dev.tagbench.suggest;

import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.suggest.SuggesterRepository.SuggesterRow;
import dev.tagbench.suggest.SuggesterRepository.TrainingRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What running a project's suggesters needs from the database and leaves in it: which are on, with
 * which settings and latest model, and why one gave nothing. Each read or write is a short
 * transaction of its own, so none is open while the suggesters run on their worker threads.
 */
@Service
class StoredSuggesters {

    /** The project's suggester rows and, per enabled trainable suggester, its latest model (without the bytes). */
    record Lineup(Map<String, SuggesterRow> rows, Map<String, TrainingRow> models) {}

    /** Why a suggester gave no suggestions, or null when it answered again. */
    record Problem(LabelSuggester suggester, @Nullable String problem) {}

    private final ExtensionRegistry<LabelSuggester> registry;
    private final SuggesterRepository repository;

    StoredSuggesters(ExtensionRegistry<LabelSuggester> registry, SuggesterRepository repository) {
        this.registry = registry;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    Lineup lineup(long projectId) {
        var rows = repository.suggesters(projectId);
        var models = new HashMap<String, TrainingRow>();
        for (var suggester : registry.all()) {
            if (suggester.trainable() && SuggestionEngine.enabled(suggester, rows.get(suggester.id()))) {
                repository.latestModel(projectId, suggester.id()).ifPresent(model -> models.put(suggester.id(), model));
            }
        }
        return new Lineup(rows, models);
    }

    @Transactional(readOnly = true)
    Optional<byte[]> modelBytes(long trainingId) {
        return repository.modelBytes(trainingId);
    }

    /** Records each suggester's problem, or clears it, in one transaction. */
    @Transactional
    void record(long projectId, List<Problem> problems) {
        for (var problem : problems) {
            repository.problem(
                    projectId, problem.suggester().id(), problem.suggester().onByDefault(), problem.problem());
        }
    }
}
