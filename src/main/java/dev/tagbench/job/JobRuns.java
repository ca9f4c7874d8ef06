package dev.tagbench.job;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the work of a scheduled job in one transaction and records the run in {@code job_run}:
 * job, node, start, end and rows changed, or why it failed. The record is written outside the
 * work's transaction, so a failed run is recorded too. Runs older than 30 days are dropped.
 * Infrastructure like a transaction template, not a feature service: it never acts for a user.
 */
@Component
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);
    private static final int FAILURE_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final NodeId node;

    JobRuns(JdbcClient jdbc, PlatformTransactionManager transactions, NodeId node) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.node = node;
    }

    /** Runs {@code work}, which returns how many rows it changed, and records the run. */
    public int run(String job, IntSupplier work) {
        jdbc.sql("delete from job_run where job = :job and started_at < now() - interval '30 days'")
                .param("job", job)
                .update();
        var id = jdbc.sql("insert into job_run (job, node) values (:job, :node) returning id")
                .param("job", job)
                .param("node", node.value())
                .query(Long.class)
                .single();
        try {
            Integer result = transaction.execute(status -> work.getAsInt());
            var rows = result == null ? 0 : result;
            jdbc.sql("update job_run set finished_at = clock_timestamp(), rows_affected = :rows where id = :id")
                    .param("rows", rows)
                    .param("id", id)
                    .update();
            log.debug("Job {} on {}: {} rows", job, node, rows);
            return rows;
        } catch (RuntimeException e) {
            recordFailure(id, e);
            throw e;
        }
    }

    private void recordFailure(long id, RuntimeException failure) {
        var message = String.valueOf(failure.getMessage());
        try {
            jdbc.sql("update job_run set finished_at = clock_timestamp(), failure = :failure where id = :id")
                    .param(
                            "failure",
                            message.length() > FAILURE_LENGTH ? message.substring(0, FAILURE_LENGTH) : message)
                    .param("id", id)
                    .update();
        } catch (RuntimeException e) {
            // The database went away during the run; the run stays without an end, the cause is logged by the
            // scheduler.
            failure.addSuppressed(e);
        }
    }
}
