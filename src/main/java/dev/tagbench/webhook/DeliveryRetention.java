package dev.tagbench.webhook;

import dev.tagbench.job.JobRuns;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes finished deliveries (delivered or given up) older than {@code tagbench.webhooks.keep-deliveries}
 * (30 days by default) with their attempts: the log is for following recent traffic, and a busy
 * project would otherwise add rows for ever. Deliveries still to be made are never deleted.
 */
@Component
class DeliveryRetention {

    static final String JOB = "webhook-delivery-retention";
    private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);

    private final WebhookRecords records;
    private final JobRuns jobRuns;
    private final Duration keep;

    DeliveryRetention(
            WebhookRecords records, JobRuns jobRuns, @Value("${tagbench.webhooks.keep-deliveries:30d}") String keep) {
        this.records = records;
        this.jobRuns = jobRuns;
        this.keep = DurationStyle.detectAndParse(keep.strip());
        if (this.keep.isNegative() || this.keep.isZero()) {
            throw new IllegalArgumentException("tagbench.webhooks.keep-deliveries must be positive: " + keep);
        }
    }

    /** Held for six hours from the start of a run, so all nodes together clean up four times a day. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "${tagbench.jobs.initial-delay:PT1M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT6H", lockAtMostFor = "PT6H")
    public void deleteExpired() {
        jobRuns.run(JOB, () -> {
            var deleted = records.deleteFinishedOlderThan(keep);
            if (deleted > 0) {
                log.info("Deleted {} webhook deliveries older than {}", deleted, keep);
            }
            return deleted;
        });
    }
}
