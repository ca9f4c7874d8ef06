package dev.tagbench.suggest;

import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectService;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of one training, each step a short transaction of its own: recording it as
 * TRAINING, reading what it learns from, storing the model with its figures or the failure. Fitting
 * and measuring take a minute or more and run between these steps, holding no transaction and no
 * connection (the sentence vectors they need are read and stored statement by statement).
 */
@Service
class TrainingRuns {

    /** A recorded training and what it runs with: the suggester's settings and the project's threshold. */
    record Started(long trainingId, @Nullable String settings, double threshold) {}

    private final ProjectService projects;
    private final SuggesterRepository repository;
    private final TrainingData data;

    TrainingRuns(SuggesterRepository repository, TrainingData data, ProjectService projects) {
        this.projects = projects;
        this.repository = repository;
        this.data = data;
    }

    /** Records the training as TRAINING, or nothing when the suggester is switched off in the project. */
    @Transactional
    Optional<Started> start(long projectId, LabelSuggester suggester, String node) {
        var row = repository.suggesters(projectId).get(suggester.id());
        if (!SuggestionEngine.enabled(suggester, row)) {
            return Optional.empty();
        }
        var threshold = repository
                .settings(projectId)
                .map(SuggesterRepository.StoredSettings::threshold)
                .orElse(SuggestionSettings.DEFAULT_THRESHOLD);
        var trainingId = repository.startTraining(projectId, suggester.id(), suggester.modelVersion(), node);
        return Optional.of(new Started(trainingId, row == null ? null : row.settings(), threshold));
    }

    /** Approved sentences with their final labels, keeping only labels still in the schema. */
    @Transactional(readOnly = true)
    List<Label> schema(long projectId) {
        return projects.labelsOf(projectId);
    }

    @Transactional(readOnly = true)
    List<LabelledSentence> examples(long projectId, List<Label> schema) {
        var keys = schema.stream().map(Label::key).toList();
        return data.approved(projectId).stream()
                .map(example -> new LabelledSentence(
                        example.sentenceId(),
                        example.articleId(),
                        example.text(),
                        example.labels().stream().filter(keys::contains).toList()))
                .toList();
    }

    /** Stores the model with its figures; older trainings of the suggester keep only their figures. */
    @Transactional
    void succeeded(long trainingId, long projectId, String suggesterId, int trainedOn, String quality, byte[] model) {
        repository.finishTraining(trainingId, "READY", trainedOn, quality, null, model);
        repository.dropOlderModels(projectId, suggesterId, trainingId);
    }

    @Transactional
    void failed(long trainingId, int trainedOn, @Nullable String message) {
        repository.finishTraining(trainingId, "FAILED", trainedOn, null, message, null);
    }

    /** Whether a training of the same suggester was asked for after this one started. */
    @Transactional(readOnly = true)
    boolean wantedAgain(long trainingId) {
        return repository.wantedAfter(trainingId);
    }
}
