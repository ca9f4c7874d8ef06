package dev.tagbench.webhook;

import dev.tagbench.outbound.StoredSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One attempt of one delivery, as the delivery job runs it: read it (nothing to do once delivered,
 * given up or its webhook deleted), send it, record the attempt, and say when to try again: after
 * each of {@code tagbench.webhooks.retry-delays} in turn (10 s, 30 s, 2 min, 10 min, 1 h), then never.
 */
@Component
class Deliverer {

    private final WebhookRecords records;
    private final WebhookSender sender;
    private final StoredSecrets secrets;
    private final List<Duration> retryDelays;

    Deliverer(
            WebhookRecords records,
            WebhookSender sender,
            StoredSecrets secrets,
            @Value("${tagbench.webhooks.retry-delays:PT10S,PT30S,PT2M,PT10M,PT1H}") List<Duration> retryDelays) {
        this.records = records;
        this.sender = sender;
        this.secrets = secrets;
        this.retryDelays = List.copyOf(retryDelays);
    }

    /** Makes the next attempt; when another one is due, when. */
    Optional<Instant> attempt(UUID deliveryId) {
        var due = records.due(deliveryId);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        var attempt = due.get().attempts() + 1;
        var at = Instant.now();
        WebhookSender.Result result;
        try {
            result = sender.send(due.get(), secrets.decrypt(due.get().target().storedSecret()));
        } catch (StoredSecrets.UnreadableSecretException e) {
            // Retrying cannot help: the webhook must be registered again.
            records.recordAttempt(deliveryId, attempt, at, null, e.getMessage(), 0, "FAILED");
            return Optional.empty();
        }
        var last = attempt > retryDelays.size();
        var state = result.delivered() ? "DELIVERED" : last ? "FAILED" : "PENDING";
        records.recordAttempt(deliveryId, attempt, at, result.status(), result.error(), result.durationMs(), state);
        return state.equals("PENDING")
                ? Optional.of(Instant.now().plus(retryDelays.get(attempt - 1)))
                : Optional.empty();
    }
}
