package dev.tagbench.webhook;

import dev.tagbench.webhook.WebhookRepository.Due;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short transactions around outbound work: a registration is stored after its URL was checked
 * (resolving a name can take seconds and holds no transaction), and a delivery is read before its
 * attempt and the attempt recorded after it, so no transaction waits on a receiver.
 */
@Service
class WebhookRecords {

    private final WebhookRepository repository;

    WebhookRecords(WebhookRepository repository) {
        this.repository = repository;
    }

    @Transactional
    long insert(long projectId, String url, List<String> events, String storedSecret, long createdBy) {
        return repository.insert(projectId, url, events, storedSecret, createdBy);
    }

    @Transactional(readOnly = true)
    Optional<Due> due(UUID deliveryId) {
        return repository.due(deliveryId);
    }

    @Transactional
    void recordAttempt(
            UUID deliveryId,
            int attempt,
            Instant at,
            @Nullable Integer status,
            @Nullable String error,
            int durationMs,
            String state) {
        repository.recordAttempt(deliveryId, attempt, at, status, error, durationMs, state);
    }

    /** Deletes delivered and given-up deliveries made longer ago than {@code age}; how many. */
    @Transactional
    int deleteFinishedOlderThan(Duration age) {
        return repository.deleteFinishedOlderThan(age);
    }
}
