package dev.tagbench.user;

import dev.tagbench.job.JobRuns;
import java.time.Duration;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, in the database so every node agrees. Wrong passwords are counted
 * twice: per username and client address, which locks that username for that address only (so
 * nobody elsewhere can lock an account, the administrator's included, by guessing at it), and per
 * client address over all usernames, which locks the address (so one address cannot try a few
 * passwords on each of many accounts). A successful sign-in clears its username's count for its
 * address, never the address's: otherwise an attacker could reset it with an account of their own.
 *
 * <p>Usernames count ignoring case and surrounding space, as sign-in finds them. Unknown usernames
 * count too, so the answers never tell which accounts exist. Rows whose window and lock have passed
 * count for nothing and are purged every hour.
 */
@Component
class LoginThrottle {

    static final String PURGE_JOB = "purge-login-throttle";

    private final JdbcClient jdbc;
    private final JobRuns jobRuns;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockFor;

    LoginThrottle(
            JdbcClient jdbc,
            JobRuns jobRuns,
            @Value("${tagbench.login.max-failures:5}") int maxFailures,
            @Value("${tagbench.login.max-failures-per-address:50}") int maxFailuresPerAddress,
            @Value("${tagbench.login.window:PT15M}") Duration window,
            @Value("${tagbench.login.lock-for:PT15M}") Duration lockFor) {
        this.jdbc = jdbc;
        this.jobRuns = jobRuns;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockFor = lockFor;
    }

    /** Whether the username is locked for the client of the current request, or that client altogether. */
    boolean isLocked(String username) {
        return jdbc.sql("""
                        select exists (select 1 from login_throttle
                                       where username = :u and client = :client and locked_until > now())
                            or exists (select 1 from login_address_throttle
                                       where client = :client and locked_until > now())""")
                .param("u", key(username))
                .param("client", ClientAddress.current())
                .query(Boolean.class)
                .single();
    }

    /** Its own transaction (as for every count), so the refusal that follows never rolls it back. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        count(event.getAuthentication().getName(), clientOf(event));
    }

    /** Counts a wrong password from the client of the current request. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username) {
        count(username, ClientAddress.current());
    }

    private void count(String username, String client) {
        for (var scope : Scope.values()) {
            jdbc.sql(scope.count)
                    .param("u", key(username))
                    .param("client", client)
                    .param("window", window.toSeconds())
                    .update();
            jdbc.sql(scope.lock)
                    .param("u", key(username))
                    .param("client", client)
                    .param("lock", lockFor.toSeconds())
                    .param("max", scope == Scope.USERNAME_AT_ADDRESS ? maxFailures : maxFailuresPerAddress)
                    .update();
        }
    }

    /** What a count is kept for: one username at one address, or one address over all usernames. */
    private enum Scope {
        USERNAME_AT_ADDRESS("login_throttle", "username, client", ":u, :client", "username = :u and client = :client"),
        ADDRESS("login_address_throttle", "client", ":client", "client = :client");

        /** Adds a failure, starting a new window when the last one has passed. */
        final String count;
        /** Locks once the window holds the maximum of failures. */
        final String lock;

        Scope(String table, String key, String keyValues, String row) {
            var stale = table + ".window_start < now() - make_interval(secs => :window)";
            count = "insert into " + table + " (" + key + ", failures, window_start) values (" + keyValues
                    + ", 1, now()) on conflict (" + key + ") do update set"
                    + " failures = case when " + stale + " then 1 else " + table + ".failures + 1 end,"
                    + " window_start = case when " + stale + " then now() else " + table + ".window_start end";
            lock = "update " + table + " set locked_until = now() + make_interval(secs => :lock) where " + row
                    + " and failures >= :max and (locked_until is null or locked_until < now())";
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_throttle where username = :u and client = :client")
                .param("u", key(event.getAuthentication().getName()))
                .param("client", clientOf(event))
                .update();
    }

    /** Held for the hour from the start of a run, so all nodes together purge once an hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "${tagbench.jobs.initial-delay:PT1M}")
    @SchedulerLock(name = PURGE_JOB, lockAtLeastFor = "PT1H", lockAtMostFor = "PT1H")
    public void purgeExpired() {
        jobRuns.run(PURGE_JOB, () -> purge("login_throttle") + purge("login_address_throttle"));
    }

    private int purge(String table) {
        return jdbc.sql("delete from " + table + " where window_start < now() - make_interval(secs => :window)"
                        + " and (locked_until is null or locked_until <= now())")
                .param("window", window.toSeconds())
                .update();
    }

    /** The client behind a sign-in: its address as the request saw it (form login and HTTP Basic record it). */
    private static String clientOf(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? ClientAddress.of(details.getRemoteAddress())
                : ClientAddress.current();
    }

    private static String key(String username) {
        var value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
