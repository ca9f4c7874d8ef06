package dev.tagbench.suggest;

import dev.tagbench.project.ActiveLearningSwitch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Active learning as a setting of the project's setup: the project's API switches it here. */
@Service
class ActiveLearningSetting implements ActiveLearningSwitch {

    private final SuggesterRepository repository;

    ActiveLearningSetting(SuggesterRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public boolean isOn(long projectId) {
        return repository
                .settings(projectId)
                .map(SuggesterRepository.StoredSettings::activeLearning)
                .orElse(false);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void set(long projectId, boolean on, long changedBy) {
        var stored = repository.settings(projectId);
        repository.saveSettings(
                projectId,
                stored.map(SuggesterRepository.StoredSettings::threshold).orElse(SuggestionSettings.DEFAULT_THRESHOLD),
                stored.map(SuggesterRepository.StoredSettings::curatorsSee).orElse(null),
                on,
                changedBy);
    }
}
