package dev.tagbench.user;

import dev.tagbench.job.JobRuns;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after repeated wrong passwords, in the database so every node
 * agrees. A successful sign-in clears the count. Unknown usernames are counted too, so the
 * answers never tell which accounts exist. Rows whose window and lock have passed count for
 * nothing and are purged every hour, so guessing at many usernames cannot grow the table for ever.
 */
@Component
class LoginThrottle {

    static final String PURGE_JOB = "purge-login-throttle";

    private final JdbcClient jdbc;
    private final JobRuns jobRuns;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;

    LoginThrottle(
            JdbcClient jdbc,
            JobRuns jobRuns,
            @Value("${tagbench.login.max-failures:5}") int maxFailures,
            @Value("${tagbench.login.window:PT15M}") Duration window,
            @Value("${tagbench.login.lock-for:PT15M}") Duration lockFor) {
        this.jdbc = jdbc;
        this.jobRuns = jobRuns;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
    }

    boolean isLocked(String username) {
        return jdbc.sql("select exists (select 1 from login_throttle where username = :u and locked_until > now())")
                .param("u", key(username))
                .query(Boolean.class)
                .single();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    /** Counts a wrong password; its own transaction, so the refusal that follows never rolls it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username) {
        jdbc.sql("""
                        insert into login_throttle (username, failures, window_start) values (:u, 1, now())
                        on conflict (username) do update set
                            failures = case when login_throttle.window_start < now() - make_interval(secs => :window)
                                            then 1 else login_throttle.failures + 1 end,
                            window_start = case when login_throttle.window_start < now() - make_interval(secs => :window)
                                                then now() else login_throttle.window_start end""")
                .param("u", key(username))
                .param("window", window.toSeconds())
                .update();
        jdbc.sql("""
                        update login_throttle set locked_until = now() + make_interval(secs => :lock)
                        where username = :u and failures >= :max and (locked_until is null or locked_until < now())""")
                .param("u", key(username))
                .param("lock", lockFor.toSeconds())
                .param("max", maxFailures)
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_throttle where username = :u")
                .param("u", key(event.getAuthentication().getName()))
                .update();
    }

    /** Held for the hour from the start of a run, so all nodes together purge once an hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "${tagbench.jobs.initial-delay:PT1M}")
    @SchedulerLock(name = PURGE_JOB, lockAtLeastFor = "PT1H", lockAtMostFor = "PT1H")
    public void purgeExpired() {
        jobRuns.run(
                PURGE_JOB,
                () -> jdbc.sql("""
                        delete from login_throttle
                        where window_start < now() - make_interval(secs => :window)
                          and (locked_until is null or locked_until <= now())""").param("window", window.toSeconds()).update());
    }

    private static String key(String username) {
        var value = username == null ? "" : username.strip();
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
