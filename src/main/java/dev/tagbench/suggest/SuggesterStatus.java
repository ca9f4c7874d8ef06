package dev.tagbench.suggest;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a suggester's state in a project is: on or off, its last training and the quality measured,
 * read in one transaction. Callers have checked the actor's rights.
 */
@Service
class SuggesterStatus {

    private final SuggesterRepository repository;
    private final IgnoredAnswers ignored;
    private final TrainingRequests trainings;
    private final JsonMapper json;

    SuggesterStatus(
            SuggesterRepository repository, IgnoredAnswers ignored, TrainingRequests trainings, JsonMapper json) {
        this.repository = repository;
        this.ignored = ignored;
        this.trainings = trainings;
        this.json = json;
    }

    @Transactional(readOnly = true)
    boolean enabledIn(long projectId, LabelSuggester suggester) {
        return SuggestionEngine.enabled(
                suggester, repository.suggesters(projectId).get(suggester.id()));
    }

    @Transactional(readOnly = true)
    SuggesterInfo of(long projectId, LabelSuggester suggester) {
        return of(projectId, suggester, repository.suggesters(projectId).get(suggester.id()));
    }

    @Transactional(readOnly = true)
    SuggesterInfo of(long projectId, LabelSuggester suggester, SuggesterRepository.@Nullable SuggesterRow row) {
        var enabled = SuggestionEngine.enabled(suggester, row);
        var settings = json.readTree(row == null ? "{}" : row.settings());
        var latest = repository.latestTraining(projectId, suggester.id());
        var model = repository.latestModel(projectId, suggester.id());
        String status;
        String message = null;
        if (row != null && row.problem() != null) {
            status = "failed";
            message = row.problem();
        } else if (!suggester.trainable()) {
            status = "ready";
        } else if (latest.isEmpty()) {
            status = "untrained";
        } else {
            status = latest.get().status().toLowerCase(Locale.ROOT);
            message = latest.get().message();
        }
        var left = ignored.of(projectId, suggester.id());
        Quality quality = model.flatMap(m -> Optional.ofNullable(m.quality()))
                .map(text -> json.readValue(text, Quality.class))
                .orElse(null);
        return new SuggesterInfo(
                suggester.id(),
                suggester.name(),
                enabled,
                status,
                model.map(SuggesterRepository.TrainingRow::trainedOn).orElse(0),
                model.map(SuggesterRepository.TrainingRow::finishedAt).orElse(null),
                quality,
                suggester.trainable(),
                message,
                model.map(m -> m.modelVersion() + "#" + m.id())
                        .orElse(suggester.trainable() ? null : suggester.modelVersion()),
                suggester.trainable()
                        ? trainings.next(projectId, suggester.id()).orElse(null)
                        : null,
                suggester.shownSettings(settings),
                row == null ? null : row.problem(),
                left.count(),
                left.last());
    }
}
