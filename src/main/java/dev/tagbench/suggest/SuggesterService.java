package dev.tagbench.suggest;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.List;
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
    private final UncertaintyRepository uncertainty;
    private final SuggestionLog log;
    private final SuggesterStatus status;
    private final JsonMapper json;

    SuggesterService(
            ExtensionRegistry<LabelSuggester> registry,
            SuggesterRepository repository,
            ProjectService projects,
            TrainingRequests trainings,
            UncertaintyRepository uncertainty,
            SuggestionLog log,
            SuggesterStatus status,
            JsonMapper json) {
        this.registry = registry;
        this.repository = repository;
        this.projects = projects;
        this.trainings = trainings;
        this.uncertainty = uncertainty;
        this.log = log;
        this.status = status;
        this.json = json;
    }

    /** Every enabled suggester plugin as the project uses it; any member may look. */
    @Transactional(readOnly = true)
    public List<SuggesterInfo> suggesters(AppUser actor, long projectId) {
        projects.get(actor, projectId);
        var rows = repository.suggesters(projectId);
        return registry.all().stream()
                .map(suggester -> status.of(projectId, suggester, rows.get(suggester.id())))
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
        if (settings != null) {
            var row = repository.suggesters(projectId).get(suggesterId);
            settings = suggester.storedSettings(settings, json.readTree(row == null ? "{}" : row.settings()));
        }
        repository.saveSuggester(
                projectId, suggesterId, enabled, settings == null ? null : json.writeValueAsString(settings));
        return status.of(projectId, suggester);
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
        if (!status.enabledIn(projectId, suggester)) {
            throw new ConflictException(suggester.name() + " is switched off in this project; switch it on first.");
        }
        trainings.now(projectId, suggester);
        return status.of(projectId, suggester);
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
}
