package dev.tagbench.webhook;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registered webhook as its project's managers see it: never its secret.
 *
 * @param pending    deliveries not attempted yet
 * @param deliveries the latest attempts, newest first
 */
public record Webhook(
        long id,
        String url,
        List<String> events,
        Instant createdAt,
        @Nullable String createdBy,
        int pending,
        List<Attempt> deliveries) {

    public Webhook {
        events = List.copyOf(events);
        deliveries = List.copyOf(deliveries);
    }

    /**
     * One attempt to deliver one event.
     *
     * @param statusCode the receiver's HTTP status, or null when no answer came (see {@code error})
     * @param state      where the delivery stands now: {@code PENDING} (another attempt will follow),
     *                   {@code DELIVERED} or {@code FAILED} (no more attempts)
     */
    public record Attempt(
            String deliveryId,
            String event,
            int attempt,
            Instant at,
            @Nullable Integer statusCode,
            @Nullable String error,
            int durationMs,
            String state) {}
}
