package dev.tagbench.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background jobs that carry data and must not be lost, such as training a project's suggester:
 * db-scheduler keeps each in the {@code scheduled_tasks} table, any node picks due ones up (one
 * node per job), and a job whose node stopped sending heartbeats (it crashed) runs again elsewhere.
 * Features contribute their {@link Task} beans; recurring ones are scheduled at start-up.
 *
 * <p>Wired by hand: db-scheduler's Spring Boot starter (16.7) names Spring Boot 3 classes that
 * moved in Spring Boot 4 in its ordering and conditions, so against an external database it could
 * silently skip creating the scheduler, and its health and metrics parts never apply.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundTaskConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler backgroundTasks(
            DataSource dataSource,
            ObjectProvider<Task<?>> contributed,
            NodeId node,
            @Value("${tagbench.tasks.threads:1}") int threads,
            @Value("${tagbench.tasks.polling-interval:PT10S}") Duration polling,
            @Value("${tagbench.tasks.heartbeat-interval:PT30S}") Duration heartbeat) {
        // Recurring tasks are registered by startTasks, the others as known tasks; never both.
        var known = new ArrayList<Task<?>>();
        var recurring = new ArrayList<RecurringTask<?>>();
        contributed.orderedStream().forEach(task -> {
            if (task instanceof RecurringTask<?> repeating) {
                recurring.add(repeating);
            } else {
                known.add(task);
            }
        });
        // Transaction-aware: a job scheduled inside a service's transaction commits or rolls back with it.
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                .startTasks(recurring)
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .schedulerName(new SchedulerName.Fixed(node.value()))
                .enableImmediateExecution()
                // A job cut short at shutdown is picked up again once its heartbeats are missed.
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    SmartLifecycle backgroundTasksLifecycle(Scheduler scheduler) {
        return new SchedulerLifecycle(scheduler);
    }
}
