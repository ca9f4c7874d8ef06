package dev.tagbench.webhook;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tagbench.job.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deliveries still to make, as db-scheduler jobs in a table of their own ({@code webhook_tasks}),
 * run by a scheduler of their own, so that no training of a suggester ever holds a delivery back.
 * A delivery is scheduled in the transaction of its event (through the transaction-aware data
 * source): it exists exactly when the event committed, and stays until it is delivered or given up,
 * whichever node stops in between. A job whose node died is run again elsewhere once its heartbeats
 * stop, so a receiver may get a delivery twice (same {@code X-Tagbench-Delivery}), never not at all.
 */
final class DeliveryQueue implements AutoCloseable {

    static final String TASK = "webhook-delivery";

    private final Scheduler scheduler;

    DeliveryQueue(
            DataSource dataSource,
            Deliverer deliverer,
            NodeId node,
            int threads,
            Duration polling,
            Duration heartbeat) {
        CustomTask<Void> delivery = Tasks.custom(TASK, Void.class)
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                // Only when recording an attempt failed (the database was away): the attempt goes again.
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> deliverer
                        .attempt(UUID.fromString(instance.getId()))
                        .<CompletionHandler<Void>>map(
                                next -> (complete, operations) -> operations.reschedule(complete, next))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
        this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.of(delivery))
                .tableName("webhook_tasks")
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .schedulerName(new SchedulerName.Fixed(node.value()))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** Schedules the delivery in the caller's transaction; looks for it right after that commits. */
    void schedule(UUID deliveryId) {
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, deliveryId.toString()), Instant.now());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.triggerCheckForDueExecutions();
            }
        });
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
