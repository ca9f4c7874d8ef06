package dev.tagbench.suggest;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Training as persistent background jobs (db-scheduler): one job instance per project and
 * suggester, {@code <projectId>/<suggesterId>}, so a project never trains the same suggester twice
 * at once. A job asked for while one runs makes the running one go again after the delay. A job
 * whose node died is picked up again by another node once its heartbeats stop; a sweep every few
 * minutes schedules trainings that were asked for but never scheduled (the node stopped between
 * the approval's commit and scheduling its job).
 */
@Configuration(proxyBeanMethods = false)
class TrainingJobs {

    static final String TRAINING = "suggester-training";
    static final String SWEEP = "suggester-training-sweep";

    static TaskInstanceId instance(long projectId, String suggesterId) {
        return TaskInstanceId.of(TRAINING, projectId + "/" + suggesterId);
    }

    @Bean
    CustomTask<Void> suggesterTraining(
            SuggesterTrainer trainer, @Value("${tagbench.suggest.training-delay:PT1M}") Duration delay) {
        return Tasks.custom(TRAINING, Void.class)
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> {
                    var id = instance.getId();
                    var slash = id.indexOf('/');
                    var again = trainer.train(Long.parseLong(id.substring(0, slash)), id.substring(slash + 1));
                    return again
                            ? (CompletionHandler<Void>) (complete, operations) -> operations.reschedule(
                                    complete, Instant.now().plus(delay))
                            : new CompletionHandler.OnCompleteRemove<>();
                });
    }

    @Bean
    RecurringTask<Void> suggesterTrainingSweep(
            TrainingWishes wishes,
            @Value("${tagbench.suggest.sweep-interval:PT5M}") Duration interval,
            @Value("${tagbench.suggest.training-delay:PT1M}") Duration delay) {
        return Tasks.recurring(SWEEP, FixedDelay.of(interval)).execute((instance, context) -> {
            for (var wanted : wishes.unscheduled()) {
                schedule(
                        context.getSchedulerClient(),
                        wanted.projectId(),
                        wanted.suggesterId(),
                        Instant.now().plus(delay));
            }
        });
    }

    static void schedule(SchedulerClient client, long projectId, String suggesterId, Instant at) {
        client.scheduleIfNotExists(new TaskInstance<Void>(TRAINING, projectId + "/" + suggesterId), at);
    }
}
