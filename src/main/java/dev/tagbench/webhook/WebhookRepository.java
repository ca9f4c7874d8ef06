package dev.tagbench.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhooks, their outbox of deliveries and the attempts. */
@Repository
class WebhookRepository {

    /** A webhook that should receive an event: where to, and its secret as stored (encrypted). */
    record Target(long webhookId, String url, String storedSecret) {}

    /** A delivery still to be made, with everything an attempt needs. */
    record Due(UUID id, String event, byte[] body, int attempts, Target target) {}

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, String url, List<String> events, String storedSecret, long createdBy) {
        return jdbc.sql("""
                        insert into webhook (project_id, url, events, secret, created_by)
                        values (:p, :url, :events, :secret, :by) returning id""")
                .param("p", projectId)
                .param("url", url)
                .param("events", events.toArray(String[]::new))
                .param("secret", storedSecret)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    /** Deletes the project's webhook; false when the project has no such webhook. */
    boolean delete(long projectId, long webhookId) {
        return jdbc.sql("delete from webhook where id = :id and project_id = :p")
                        .param("id", webhookId)
                        .param("p", projectId)
                        .update()
                > 0;
    }

    /** The project's webhooks subscribed to the event. */
    List<Target> subscribed(long projectId, String event) {
        return jdbc.sql("""
                        select id, url, secret from webhook where project_id = :p and :event = any(events) order by id""")
                .param("p", projectId)
                .param("event", event)
                .query((rs, row) -> new Target(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    void insertDelivery(UUID id, long webhookId, String event, byte[] body) {
        jdbc.sql("insert into webhook_delivery (id, webhook_id, event, body) values (:id, :w, :event, :body)")
                .param("id", id)
                .param("w", webhookId)
                .param("event", event)
                .param("body", body)
                .update();
    }

    /** The delivery if it is still pending (not delivered, not given up, its webhook not deleted). */
    Optional<Due> due(UUID id) {
        return jdbc.sql("""
                        select d.event, d.body, d.attempts, w.id, w.url, w.secret
                        from webhook_delivery d join webhook w on w.id = d.webhook_id
                        where d.id = :id and d.state = 'PENDING'""")
                .param("id", id)
                .query((rs, row) -> new Due(
                        id,
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getInt(3),
                        new Target(rs.getLong(4), rs.getString(5), rs.getString(6))))
                .optional();
    }

    void recordAttempt(
            UUID id,
            int attempt,
            Instant at,
            @Nullable Integer status,
            @Nullable String error,
            int durationMs,
            String state) {
        jdbc.sql("""
                        insert into webhook_attempt (delivery_id, attempt, at, status_code, error, duration_ms)
                        values (:id, :attempt, :at, :status, :error, :ms)""")
                .param("id", id)
                .param("attempt", attempt)
                .param("at", Timestamp.from(at))
                .param("status", status)
                .param("error", error == null ? null : error.substring(0, Math.min(500, error.length())))
                .param("ms", durationMs)
                .update();
        jdbc.sql("update webhook_delivery set attempts = :attempt, state = :state where id = :id")
                .param("attempt", attempt)
                .param("state", state)
                .param("id", id)
                .update();
    }

    int deleteFinishedOlderThan(Duration age) {
        return jdbc.sql("""
                        delete from webhook_delivery where state in ('DELIVERED', 'FAILED')
                        and created_at < now() - cast(:age as interval)""").param("age", age.toSeconds() + " seconds").update();
    }

    /** The project's webhooks with their latest attempts (at most {@code attempts} each). */
    List<Webhook> list(long projectId, int attempts) {
        var hooks = new LinkedHashMap<Long, Webhook>();
        jdbc.sql("""
                        select w.id, w.url, w.events, w.created_at, u.username,
                               (select count(*) from webhook_delivery d where d.webhook_id = w.id and d.attempts = 0)
                        from webhook w left join app_user u on u.id = w.created_by
                        where w.project_id = :p order by w.id""").param("p", projectId).query(rs -> {
            hooks.put(
                    rs.getLong(1),
                    new Webhook(
                            rs.getLong(1),
                            rs.getString(2),
                            Arrays.asList((String[]) rs.getArray(3).getArray()),
                            rs.getTimestamp(4).toInstant(),
                            rs.getString(5),
                            rs.getInt(6),
                            List.of()));
        });
        if (hooks.isEmpty()) {
            return List.of();
        }
        var byHook = new LinkedHashMap<Long, List<Webhook.Attempt>>();
        jdbc.sql("""
                        select webhook_id, id, event, attempt, at, status_code, error, duration_ms, state from (
                            select d.webhook_id, d.id, d.event, a.attempt, a.at, a.status_code, a.error, a.duration_ms,
                                   d.state, row_number() over (partition by d.webhook_id order by a.at desc, a.attempt desc) n
                            from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                            join webhook w on w.id = d.webhook_id where w.project_id = :p) t
                        where n <= :limit order by webhook_id, n""").param("p", projectId).param("limit", attempts).query(rs -> {
            byHook.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                    .add(new Webhook.Attempt(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getTimestamp(5).toInstant(),
                            (Integer) rs.getObject(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getString(9)));
        });
        var result = new ArrayList<Webhook>();
        for (Map.Entry<Long, Webhook> entry : hooks.entrySet()) {
            var hook = entry.getValue();
            result.add(new Webhook(
                    hook.id(),
                    hook.url(),
                    hook.events(),
                    hook.createdAt(),
                    hook.createdBy(),
                    hook.pending(),
                    byHook.getOrDefault(entry.getKey(), List.of())));
        }
        return result;
    }
}
