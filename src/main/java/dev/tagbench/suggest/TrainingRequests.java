package dev.tagbench.suggest;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.tagbench.article.ArticleApproved;
import dev.tagbench.extension.ExtensionRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Asks for trainings: after an approval (debounced: one training for a burst of approvals, the
 * delay after the first) and when a manager asks. The wish is written in the approval's own
 * transaction, the job scheduled after it commits; if the node stops in between, the sweep finds
 * the wish.
 */
@Component
class TrainingRequests {

    private static final Logger log = LoggerFactory.getLogger(TrainingRequests.class);

    private final ExtensionRegistry<LabelSuggester> registry;
    private final SuggesterRepository repository;
    private final Scheduler scheduler;
    private final Duration delay;

    TrainingRequests(
            ExtensionRegistry<LabelSuggester> registry,
            SuggesterRepository repository,
            Scheduler scheduler,
            @Value("${tagbench.suggest.training-delay:PT1M}") Duration delay) {
        this.registry = registry;
        this.repository = repository;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    /** In the approving transaction: note that every enabled trainable suggester should learn again. */
    @EventListener
    void approved(ArticleApproved event) {
        var rows = repository.suggesters(event.projectId());
        registry.all().stream()
                .filter(LabelSuggester::trainable)
                .filter(suggester -> SuggestionEngine.enabled(suggester, rows.get(suggester.id())))
                .forEach(suggester ->
                        repository.wantTraining(event.projectId(), suggester.id(), suggester.onByDefault()));
    }

    /** After the approval committed; a failure here leaves the wish for the sweep and never fails the approval. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void scheduleAfterApproval(ArticleApproved event) {
        try {
            var rows = repository.suggesters(event.projectId());
            registry.all().stream()
                    .filter(LabelSuggester::trainable)
                    .filter(suggester -> SuggestionEngine.enabled(suggester, rows.get(suggester.id())))
                    .forEach(suggester -> TrainingJobs.schedule(
                            scheduler,
                            event.projectId(),
                            suggester.id(),
                            Instant.now().plus(delay)));
        } catch (RuntimeException e) {
            log.warn("Could not schedule training for project {}; the sweep will: {}", event.projectId(), e.toString());
        }
    }

    /** A manager asked: train now, or as soon as a running training ends (it then goes again). */
    void now(long projectId, LabelSuggester suggester) {
        repository.wantTraining(projectId, suggester.id(), suggester.onByDefault());
        var id = TrainingJobs.instance(projectId, suggester.id());
        var existing = scheduler.getScheduledExecution(id);
        if (existing.isEmpty()) {
            TrainingJobs.schedule(scheduler, projectId, suggester.id(), Instant.now());
        } else if (!existing.get().isPicked()) {
            scheduler.reschedule(id, Instant.now());
        }
        scheduler.triggerCheckForDueExecutions();
    }

    /** When the suggester's next training is due, if one is scheduled. */
    Optional<Instant> next(long projectId, String suggesterId) {
        return scheduler
                .getScheduledExecution(TrainingJobs.instance(projectId, suggesterId))
                .map(execution -> execution.getExecutionTime());
    }
}
