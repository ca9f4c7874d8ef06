package dev.tagbench.annotation;

import dev.tagbench.job.JobRuns;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slots a curator took and left idle for longer than {@code tagbench.assignment.abandon-after} go
 * back to the pool, so an article never waits on someone who moved on. Their labels stay.
 */
@Service
public class AbandonedSlots {

    static final String RELEASE_JOB = "release-abandoned-slots";

    private static final Logger log = LoggerFactory.getLogger(AbandonedSlots.class);

    private final AssignmentRepository assignments;
    private final JobRuns jobRuns;
    private final Duration abandonAfter;

    AbandonedSlots(
            AssignmentRepository assignments,
            JobRuns jobRuns,
            @Value("${tagbench.assignment.abandon-after:PT72H}") Duration abandonAfter) {
        this.assignments = assignments;
        this.jobRuns = jobRuns;
        this.abandonAfter = abandonAfter;
    }

    /**
     * Gives slots idle for longer than {@code tagbench.assignment.abandon-after} back to the pool;
     * only inside a transaction, which the scheduled job's run provides.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int release() {
        var released = assignments.releaseAbandoned(abandonAfter);
        if (!released.isEmpty()) {
            log.info("Released {} article slots idle for more than {}", released.size(), abandonAfter);
        }
        return released.size();
    }

    /**
     * The scheduled release. The lock is held for one interval from the start, whether the run
     * ends early or its node dies, so all nodes together release once per interval.
     */
    @Scheduled(
            fixedDelayString = "${tagbench.assignment.release-interval:PT5M}",
            initialDelayString = "${tagbench.jobs.initial-delay:PT1M}")
    @SchedulerLock(
            name = RELEASE_JOB,
            lockAtLeastFor = "${tagbench.assignment.release-interval:PT5M}",
            lockAtMostFor = "${tagbench.assignment.release-interval:PT5M}")
    public void releaseOnSchedule() {
        jobRuns.run(RELEASE_JOB, this::release);
    }
}
