package dev.tagbench.suggest;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.tagbench.article.ArticleApproved;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for trainings: after an approval (debounced: one training for a burst of approvals, the
 * delay after the first) and when a manager asks. The wish is written in the approval's own
 * transaction, the job scheduled after it commits; if the node stops in between, the sweep finds
 * the wish.
 */
@Component
class TrainingRequests {

    private static final Logger log = LoggerFactory.getLogger(TrainingRequests.class);

    private final TrainingWishes wishes;
    private final Scheduler scheduler;
    private final TransactionTemplate ownTransaction;
    private final Duration delay;

    TrainingRequests(
            TrainingWishes wishes,
            Scheduler scheduler,
            PlatformTransactionManager transactions,
            @Value("${tagbench.suggest.training-delay:PT1M}") Duration delay) {
        this.wishes = wishes;
        this.scheduler = scheduler;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.delay = delay;
    }

    /** In the approving transaction: note that every enabled trainable suggester should learn again. */
    @EventListener
    void approved(ArticleApproved event) {
        wishes.afterApproval(event.projectId());
    }

    /** After the approval committed; a failure here leaves the wish for the sweep and never fails the approval. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void scheduleAfterApproval(ArticleApproved event) {
        try {
            var at = Instant.now().plus(delay);
            // A transaction of its own: the approval's has committed and its connection takes no new work.
            // The scheduler writes through the transaction-aware data source, so the jobs commit with it.
            ownTransaction.executeWithoutResult(status -> wishes.learning(event.projectId())
                    .forEach(suggester -> TrainingJobs.schedule(scheduler, event.projectId(), suggester.id(), at)));
        } catch (RuntimeException e) {
            log.warn("Could not schedule training for project {}; the sweep will: {}", event.projectId(), e.toString());
        }
    }

    /** A manager asked: train now, or as soon as a running training ends (it then goes again). */
    void now(long projectId, LabelSuggester suggester) {
        wishes.wish(projectId, suggester);
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
