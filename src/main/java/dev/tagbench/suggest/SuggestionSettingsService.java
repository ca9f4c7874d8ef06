package dev.tagbench.suggest;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's suggestion settings: the threshold, whether curators see suggestions, active
 * learning. Members read them; managers change them.
 */
@Service
public class SuggestionSettingsService {

    private final SuggesterRepository repository;
    private final ProjectService projects;

    SuggestionSettingsService(SuggesterRepository repository, ProjectService projects) {
        this.repository = repository;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public SuggestionSettings settings(AppUser actor, long projectId) {
        return resolve(projects.get(actor, projectId));
    }

    /**
     * @param curatorsSee true or false to decide, null for the automatic default
     * @throws InvalidInputException for a threshold outside 0.05 to 1
     */
    @Transactional
    public SuggestionSettings update(
            AppUser actor, long projectId, double threshold, @Nullable Boolean curatorsSee, boolean activeLearning) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        if (!(threshold >= 0.05 && threshold <= 1)) {
            throw new InvalidInputException("threshold", "The threshold is between 0.05 and 1.");
        }
        repository.saveSettings(
                projectId, Math.round(threshold * 100) / 100.0, curatorsSee, activeLearning, actor.id());
        return resolve(project);
    }

    /** The settings in force, with the automatic default for curators explained. */
    @Transactional(readOnly = true)
    SuggestionSettings resolve(Project project) {
        var stored = repository.settings(project.id());
        var choice = stored.map(SuggesterRepository.StoredSettings::curatorsSee).orElse(null);
        var threshold =
                stored.map(SuggesterRepository.StoredSettings::threshold).orElse(SuggestionSettings.DEFAULT_THRESHOLD);
        var active =
                stored.map(SuggesterRepository.StoredSettings::activeLearning).orElse(false);
        var biasRisk = project.annotatorsPerArticle() >= 2 && project.blind();
        boolean see;
        String reason;
        if (choice != null) {
            see = choice;
            reason = choice
                    ? "A manager chose to show suggestions to curators."
                            + (biasRisk
                                    ? " With " + project.annotatorsPerArticle()
                                            + " curators annotating each article blind, suggestions may make them agree"
                                            + " more than their own judgement would."
                                    : "")
                    : "A manager chose to hide suggestions from curators; reviewers and managers still see them.";
        } else {
            see = !biasRisk;
            reason = biasRisk
                    ? "Hidden from curators by default: " + project.annotatorsPerArticle()
                            + " curators annotate each article blind, and suggestions would bias their agreement."
                            + " Reviewers and managers see them."
                    : "Shown to curators by default: "
                            + (project.blind() ? "one curator annotates each article." : "annotation is not blind.");
        }
        return new SuggestionSettings(threshold, choice, see, reason, active);
    }
}
