package dev.tagbench.suggest;

import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.suggest.SuggesterRepository.Wanted;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wish that a suggester learns again ({@code project_suggester.training_wanted_at}). A wish is
 * committed before its job is scheduled ({@link TrainingRequests}), so a node that stops in between
 * leaves the wish for the sweep.
 */
@Service
class TrainingWishes {

    private final ExtensionRegistry<LabelSuggester> registry;
    private final SuggesterRepository repository;

    TrainingWishes(ExtensionRegistry<LabelSuggester> registry, SuggesterRepository repository) {
        this.registry = registry;
        this.repository = repository;
    }

    /** In the approving transaction: every enabled trainable suggester of the project should learn again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void afterApproval(long projectId) {
        learning(projectId)
                .forEach(suggester -> repository.wantTraining(projectId, suggester.id(), suggester.onByDefault()));
    }

    /** A manager asked for a training: committed before the job is scheduled. */
    @Transactional
    void wish(long projectId, LabelSuggester suggester) {
        repository.wantTraining(projectId, suggester.id(), suggester.onByDefault());
    }

    /** The project's enabled suggesters that learn. */
    @Transactional(readOnly = true)
    List<LabelSuggester> learning(long projectId) {
        var rows = repository.suggesters(projectId);
        return registry.all().stream()
                .filter(LabelSuggester::trainable)
                .filter(suggester -> SuggestionEngine.enabled(suggester, rows.get(suggester.id())))
                .toList();
    }

    /** Trainings asked for and not started since: what a stop between a wish and its scheduling left behind. */
    @Transactional(readOnly = true)
    List<Wanted> unscheduled() {
        return repository.wantedAndNotStarted();
    }
}
