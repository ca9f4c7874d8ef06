package dev.tagbench.suggest;

import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.Project;
import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import dev.tagbench.suggest.SentenceSuggestions.LabelSuggestion;
import dev.tagbench.suggest.SuggesterRepository.SuggesterRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a project's enabled suggesters over sentences and collects their scores, each with the
 * model that made it. Why a suggester gave nothing is recorded as its problem, and cleared once it
 * answers again. No transaction is held while suggesters run.
 */
@Component
class SuggestionEngine {

    private final ExtensionRegistry<LabelSuggester> registry;
    private final StoredSuggesters stored;
    private final ModelCache models;
    private final SuggesterRunner runner;
    private final JsonMapper json;

    SuggestionEngine(
            ExtensionRegistry<LabelSuggester> registry,
            StoredSuggesters stored,
            ModelCache models,
            SuggesterRunner runner,
            JsonMapper json) {
        this.registry = registry;
        this.stored = stored;
        this.models = models;
        this.runner = runner;
        this.json = json;
    }

    /** Every score of every enabled suggester, unfiltered, by sentence in the given order. */
    Map<Long, List<LabelSuggestion>> scores(Project project, List<SentenceToLabel> sentences) {
        var lineup = stored.lineup(project.id());
        var rows = lineup.rows();
        var calls = new ArrayList<SuggesterRunner.Call>();
        var versions = new LinkedHashMap<String, String>();
        for (var suggester : registry.all()) {
            var row = rows.get(suggester.id());
            if (!enabled(suggester, row)) {
                continue;
            }
            var loaded = models.model(suggester, lineup.models().get(suggester.id()));
            if (suggester.trainable() && loaded.isEmpty()) {
                continue;
            }
            versions.put(
                    suggester.id(),
                    loaded.map(ModelCache.Loaded::modelVersion)
                            .orElse(suggester.modelVersion() + "#settings-"
                                    + (row == null ? 0 : row.settingsVersion())));
            calls.add(new SuggesterRunner.Call(
                    suggester,
                    new SuggestionContext(
                            project.id(),
                            project.labels(),
                            settings(row),
                            loaded.map(ModelCache.Loaded::model).orElse(null),
                            project.guidelines())));
        }
        var result = new LinkedHashMap<Long, List<LabelSuggestion>>();
        sentences.forEach(sentence -> result.put(sentence.sentenceId(), new ArrayList<>()));
        if (calls.isEmpty() || sentences.isEmpty()) {
            return result;
        }
        var problems = new ArrayList<StoredSuggesters.Problem>();
        for (var outcome : runner.run(calls, sentences)) {
            var id = outcome.suggester().id();
            var row = rows.get(id);
            if (outcome.problem() != null || (row != null && row.problem() != null)) {
                problems.add(new StoredSuggesters.Problem(outcome.suggester(), outcome.problem()));
            }
            for (var suggestion : outcome.suggestions()) {
                var list = result.get(suggestion.sentenceId());
                if (list != null && project.label(suggestion.labelKey()).isPresent()) {
                    list.add(new LabelSuggestion(
                            suggestion.labelKey(),
                            Math.clamp(suggestion.confidence(), 0, 1),
                            id,
                            suggestion.reason(),
                            versions.get(id)));
                }
            }
        }
        if (!problems.isEmpty()) {
            stored.record(project.id(), problems);
        }
        result.values()
                .forEach(list -> list.sort(
                        Comparator.comparingDouble(LabelSuggestion::score).reversed()));
        return result;
    }

    static boolean enabled(LabelSuggester suggester, @Nullable SuggesterRow row) {
        return row == null ? suggester.onByDefault() : row.enabled();
    }

    JsonNode settings(@Nullable SuggesterRow row) {
        return json.readTree(row == null ? "{}" : row.settings());
    }
}
