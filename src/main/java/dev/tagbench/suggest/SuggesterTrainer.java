package dev.tagbench.suggest;

import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.job.NodeId;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One training of one suggester in one project, as the background job runs it: recorded as
 * TRAINING first (so members see it), then the quality check, the model every suggestion will use,
 * READY with figures and model, or FAILED with the reason; afterwards the uncertainty of the open
 * articles for active learning.
 */
@Component
class SuggesterTrainer {

    private static final Logger log = LoggerFactory.getLogger(SuggesterTrainer.class);

    private final ExtensionRegistry<LabelSuggester> registry;
    private final SuggesterRepository repository;
    private final TrainingData data;
    private final ProjectService projects;
    private final UncertaintyScorer uncertainty;
    private final SuggestionEngine engine;
    private final JsonMapper json;
    private final NodeId node;

    SuggesterTrainer(
            ExtensionRegistry<LabelSuggester> registry,
            SuggesterRepository repository,
            TrainingData data,
            ProjectService projects,
            UncertaintyScorer uncertainty,
            SuggestionEngine engine,
            JsonMapper json,
            NodeId node) {
        this.registry = registry;
        this.repository = repository;
        this.data = data;
        this.projects = projects;
        this.uncertainty = uncertainty;
        this.engine = engine;
        this.json = json;
        this.node = node;
    }

    /**
     * Trains the suggester on the project's approved sentences.
     *
     * @return whether another training was asked for after this one started
     */
    boolean train(long projectId, String suggesterId) {
        var suggester = registry.find(suggesterId).filter(LabelSuggester::trainable);
        var schema = projects.labelsOf(projectId);
        if (suggester.isEmpty() || schema.isEmpty()) {
            return false;
        }
        var row = repository.suggesters(projectId).get(suggesterId);
        if (!SuggestionEngine.enabled(suggester.get(), row)) {
            return false;
        }
        var trainingId =
                repository.startTraining(projectId, suggesterId, suggester.get().modelVersion(), node.value());
        var examples = examples(projectId, schema);
        try {
            var context = new TrainingContext(projectId, schema, engine.settings(row));
            var threshold = repository
                    .settings(projectId)
                    .map(SuggesterRepository.StoredSettings::threshold)
                    .orElse(SuggestionSettings.DEFAULT_THRESHOLD);
            var quality = QualityCheck.measure(suggester.get(), context, examples, threshold);
            var model = suggester.get().train(context, examples);
            repository.finishTraining(
                    trainingId, "READY", examples.size(), json.writeValueAsString(quality), null, model.toBytes());
            repository.dropOlderModels(projectId, suggesterId, trainingId);
            log.info("Trained {} for project {} on {} approved sentences", suggesterId, projectId, examples.size());
            uncertainty.score(
                    projectId, suggester.get(), context, model, suggester.get().modelVersion() + "#" + trainingId);
        } catch (NotEnoughExamplesException e) {
            repository.finishTraining(trainingId, "FAILED", examples.size(), null, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.warn("Training {} for project {} failed", suggesterId, projectId, e);
            repository.finishTraining(
                    trainingId,
                    "FAILED",
                    examples.size(),
                    null,
                    "Training failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    null);
        }
        return repository.wantedAfter(trainingId);
    }

    /** Approved sentences with their final labels, keeping only labels still in the schema. */
    private List<LabelledSentence> examples(long projectId, List<Label> schema) {
        var keys = schema.stream().map(Label::key).toList();
        return data.approved(projectId).stream()
                .map(example -> new LabelledSentence(
                        example.sentenceId(),
                        example.articleId(),
                        example.text(),
                        example.labels().stream().filter(keys::contains).toList()))
                .toList();
    }
}
