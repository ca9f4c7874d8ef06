package dev.tagbench.suggest;

import dev.tagbench.annotation.ArticlePriority;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Active learning: in a project with the option on, Next article hands out first the articles the
 * latest model is least sure about (ties broken by age), so each approval teaches the model most.
 * Read within Next article's transaction, which it joins.
 */
@Service
class ActiveLearning implements ArticlePriority {

    /** The most uncertain articles considered per Next article; enough for a team's next hours. */
    static final int WINDOW = 500;

    private final SuggesterRepository settings;
    private final UncertaintyRepository uncertainties;

    ActiveLearning(SuggesterRepository settings, UncertaintyRepository uncertainties) {
        this.settings = settings;
        this.uncertainties = uncertainties;
    }

    /** Only inside Next article's transaction, which has checked the curator. */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<Long> preferred(long projectId) {
        var on = settings.settings(projectId)
                .map(SuggesterRepository.StoredSettings::activeLearning)
                .orElse(false);
        return on ? uncertainties.preferred(projectId, WINDOW) : List.of();
    }
}
