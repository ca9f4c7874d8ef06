package dev.tagbench.export;

import dev.tagbench.job.JobRuns;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes export snapshots older than {@code tagbench.export.snapshot-retention} (for example
 * {@code 365d}); unset, the default, keeps them for ever. A snapshot is the record that names a
 * model's training data, so each project's newest one is always kept, however old. Snapshots are
 * rows only (a download re-creates the file from the database), and those of a deleted project go
 * with it through the foreign key, so age is all there is to clean up.
 */
@Component
class SnapshotRetention {

    static final String JOB = "snapshot-retention";
    private static final Logger log = LoggerFactory.getLogger(SnapshotRetention.class);

    private final ExportService exports;
    private final JobRuns jobRuns;
    private final @Nullable Duration retention;

    SnapshotRetention(
            ExportService exports, JobRuns jobRuns, @Value("${tagbench.export.snapshot-retention:}") String retention) {
        this.exports = exports;
        this.jobRuns = jobRuns;
        this.retention = retention.isBlank() ? null : DurationStyle.detectAndParse(retention.strip());
        if (this.retention != null && (this.retention.isNegative() || this.retention.isZero())) {
            throw new IllegalArgumentException("tagbench.export.snapshot-retention must be positive: " + retention);
        }
    }

    /** Held for six hours from the start of a run, so all nodes together clean up four times a day. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "${tagbench.jobs.initial-delay:PT1M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT6H", lockAtMostFor = "PT6H")
    public void deleteExpired() {
        var keepFor = retention;
        if (keepFor == null) {
            return;
        }
        jobRuns.run(JOB, () -> {
            var deleted = exports.deleteSnapshotsOlderThan(keepFor);
            if (deleted > 0) {
                log.info("Deleted {} export snapshots older than {}", deleted, keepFor);
            }
            return deleted;
        });
    }
}
