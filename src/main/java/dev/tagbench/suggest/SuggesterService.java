package dev.tagbench.suggest;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's suggesters: which run, their settings, their trainings and measured quality, and
 * what the models are unsure about. Members read; managers change and train.
 */
@Service
public class SuggesterService {

    private final ExtensionRegistry<LabelSuggester> registry;
    private final SuggesterRepository repository;
    private final ProjectService projects;
    private final TrainingRequests trainings;
    private final UncertaintyScorer uncertainty;
    private final SuggestionLog log;
    private final JsonMapper json;

    SuggesterService(
            ExtensionRegistry<LabelSuggester> registry,
            SuggesterRepository repository,
            ProjectService projects,
            TrainingRequests trainings,
            UncertaintyScorer uncertainty,
            SuggestionLog log,
            JsonMapper json) {
        this.registry = registry;
        this.repository = repository;
        this.projects = projects;
        this.trainings = trainings;
        this.uncertainty = uncertainty;
        this.log = log;
        this.json = json;
    }

    /** Every enabled suggester plugin as the project uses it; any member may look. */
    @Transactional(readOnly = true)
    public List<SuggesterInfo> suggesters(AppUser actor, long projectId) {
        projects.get(actor, projectId);
        var rows = repository.suggesters(projectId);
        return registry.all().stream()
                .map(suggester -> info(projectId, suggester, rows.get(suggester.id())))
                .toList();
    }

    /**
     * Switches a suggester on or off in the project and, when given, replaces its settings.
     *
     * @throws InvalidInputException when the suggester refuses the settings, with its reason
     */
    @Transactional
    public SuggesterInfo update(
            AppUser actor, long projectId, String suggesterId, boolean enabled, @Nullable JsonNode settings) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var suggester = suggester(suggesterId);
        if (settings != null && settings.isNull()) {
            settings = null;
        }
        if (settings != null) {
            if (!settings.isObject()) {
                throw new InvalidInputException("settings", "The settings are a JSON object.");
            }
            try {
                suggester.checkSettings(settings, project.labels());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("settings", e.getMessage());
            }
        }
        repository.saveSuggester(
                projectId, suggesterId, enabled, settings == null ? null : json.writeValueAsString(settings));
        return info(projectId, suggester, repository.suggesters(projectId).get(suggesterId));
    }

    /**
     * Asks for a training of the suggester on the project's approved sentences, run in the background.
     *
     * @throws ConflictException when the suggester does not learn, or is switched off in the project
     */
    public SuggesterInfo train(AppUser actor, long projectId, String suggesterId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var suggester = suggester(suggesterId);
        if (!suggester.trainable()) {
            throw new ConflictException(suggester.name() + " does not learn, so there is nothing to train.");
        }
        var row = repository.suggesters(projectId).get(suggesterId);
        if (!SuggestionEngine.enabled(suggester, row)) {
            throw new ConflictException(suggester.name() + " is switched off in this project; switch it on first.");
        }
        trainings.now(projectId, suggester);
        return info(projectId, suggester, repository.suggesters(projectId).get(suggesterId));
    }

    /** Articles not approved yet that the model is least sure about, most uncertain first; managers only. */
    @Transactional(readOnly = true)
    public List<UncertainArticle> uncertain(AppUser actor, long projectId, int limit) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "The limit is between 1 and 1000.");
        }
        return uncertainty.ranked(projectId, limit);
    }

    /** What curators did with the suggestions they were shown, per label; managers and reviewers. */
    @Transactional(readOnly = true)
    public List<SuggestionOutcome> outcomes(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER, ProjectRole.REVIEWER);
        return log.outcomes(projectId);
    }

    private LabelSuggester suggester(String suggesterId) {
        return registry.find(suggesterId)
                .orElseThrow(() -> new NotFoundException("There is no suggester '" + suggesterId + "'."));
    }

    private SuggesterInfo info(
            long projectId, LabelSuggester suggester, SuggesterRepository.@Nullable SuggesterRow row) {
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
                settings);
    }
}
