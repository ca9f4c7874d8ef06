package dev.tagbench.suggest;

import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.job.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One training of one suggester in one project, as the background job runs it: recorded as
 * TRAINING first (so members see it), then the quality check, the model every suggestion will use,
 * READY with figures and model, or FAILED with the reason; afterwards the uncertainty of the open
 * articles for active learning. Not transactional: reading, storing and the minute of fitting in
 * between are separate steps ({@link TrainingRuns}), so no transaction waits on the fitting.
 */
@Component
class SuggesterTrainer {

    private static final Logger log = LoggerFactory.getLogger(SuggesterTrainer.class);

    private final ExtensionRegistry<LabelSuggester> registry;
    private final TrainingRuns runs;
    private final UncertaintyScorer uncertainty;
    private final JsonMapper json;
    private final NodeId node;

    SuggesterTrainer(
            ExtensionRegistry<LabelSuggester> registry,
            TrainingRuns runs,
            UncertaintyScorer uncertainty,
            JsonMapper json,
            NodeId node) {
        this.registry = registry;
        this.runs = runs;
        this.uncertainty = uncertainty;
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
        var schema = runs.schema(projectId);
        if (suggester.isEmpty() || schema.isEmpty()) {
            return false;
        }
        var started = runs.start(projectId, suggester.get(), node.value());
        if (started.isEmpty()) {
            return false;
        }
        var trainingId = started.get().trainingId();
        var examples = runs.examples(projectId, schema);
        try {
            var settings = started.get().settings();
            var context = new TrainingContext(projectId, schema, json.readTree(settings == null ? "{}" : settings));
            var quality = QualityCheck.measure(
                    suggester.get(), context, examples, started.get().threshold());
            var model = suggester.get().train(context, examples);
            runs.succeeded(
                    trainingId,
                    projectId,
                    suggesterId,
                    examples.size(),
                    json.writeValueAsString(quality),
                    model.toBytes());
            log.info("Trained {} for project {} on {} approved sentences", suggesterId, projectId, examples.size());
            uncertainty.score(
                    projectId, suggester.get(), context, model, suggester.get().modelVersion() + "#" + trainingId);
        } catch (NotEnoughExamplesException e) {
            runs.failed(trainingId, examples.size(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Training {} for project {} failed", suggesterId, projectId, e);
            runs.failed(
                    trainingId,
                    examples.size(),
                    "Training failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return runs.wantedAgain(trainingId);
    }
}
