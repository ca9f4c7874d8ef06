package dev.tagbench.webhook;

import dev.tagbench.article.ArticleApproved;
import dev.tagbench.article.ArticleRejected;
import dev.tagbench.article.ArticleSubmitted;
import dev.tagbench.export.ExportCreated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a delivery for every webhook subscribed to an event, in the transaction that publishes
 * the event: a rolled-back approval delivers nothing, a committed one is delivered even if the node
 * stops right after. The body is serialised here, once, and every attempt sends exactly these
 * bytes: {@code {event, deliveryId, at, projectId, data}}.
 */
@Service
class WebhookOutbox {

    private final WebhookRepository repository;
    private final DeliveryQueue queue;
    private final JsonMapper json;

    WebhookOutbox(WebhookRepository repository, DeliveryQueue queue, JsonMapper json) {
        this.repository = repository;
        this.queue = queue;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void submitted(ArticleSubmitted event) {
        var data = new LinkedHashMap<String, @Nullable Object>();
        data.put("articleId", event.articleId());
        data.put("curator", event.curator());
        data.put("allSubmitted", event.allSubmitted());
        enqueue(event.projectId(), WebhookEvent.ARTICLE_SUBMITTED, data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void approved(ArticleApproved event) {
        var data = new LinkedHashMap<String, @Nullable Object>();
        data.put("articleId", event.articleId());
        enqueue(event.projectId(), WebhookEvent.ARTICLE_APPROVED, data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void rejected(ArticleRejected event) {
        var data = new LinkedHashMap<String, @Nullable Object>();
        data.put("articleId", event.articleId());
        data.put("comment", event.comment());
        enqueue(event.projectId(), WebhookEvent.ARTICLE_REJECTED, data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void exported(ExportCreated event) {
        var data = new LinkedHashMap<String, @Nullable Object>();
        data.put("snapshotId", event.snapshotId());
        data.put("format", event.format());
        data.put("split", event.split());
        data.put("seed", event.seed());
        data.put("sentences", event.sentences());
        data.put("articles", event.articles());
        data.put("sha256", event.sha256());
        data.put("createdBy", event.createdBy());
        enqueue(event.projectId(), WebhookEvent.EXPORT_CREATED, data);
    }

    private void enqueue(long projectId, WebhookEvent event, Map<String, @Nullable Object> data) {
        var targets = repository.subscribed(projectId, event.wireName());
        if (targets.isEmpty()) {
            return;
        }
        var at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        for (var target : targets) {
            var id = UUID.randomUUID();
            var body = new LinkedHashMap<String, @Nullable Object>();
            body.put("event", event.wireName());
            body.put("deliveryId", id.toString());
            body.put("at", at);
            body.put("projectId", projectId);
            body.put("data", data);
            repository.insertDelivery(id, target.webhookId(), event.wireName(), json.writeValueAsBytes(body));
            queue.schedule(id);
        }
    }
}
