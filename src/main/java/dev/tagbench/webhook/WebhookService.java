package dev.tagbench.webhook;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.outbound.OutboundPolicy;
import dev.tagbench.outbound.RefusedUrlException;
import dev.tagbench.outbound.StoredSecrets;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's webhooks, for its managers: register (the secret is shown once), list with deliveries, delete. */
@Service
public class WebhookService {

    /** Attempts listed per webhook. */
    static final int LISTED_ATTEMPTS = 50;

    private final ProjectService projects;
    private final WebhookRepository repository;
    private final WebhookRecords records;
    private final OutboundPolicy policy;
    private final StoredSecrets secrets;
    private final SecureRandom random = new SecureRandom();

    WebhookService(
            ProjectService projects,
            WebhookRepository repository,
            WebhookRecords records,
            WebhookSender sender,
            StoredSecrets secrets) {
        this.projects = projects;
        this.repository = repository;
        this.records = records;
        this.policy = sender.policy();
        this.secrets = secrets;
    }

    /**
     * Registers a webhook after checking its URL: its host must resolve to public addresses only,
     * unless it is listed in {@code tagbench.webhooks.allowed-hosts}.
     *
     * @throws InvalidInputException naming the field and why (a refused address, an unknown event)
     */
    public RegisteredWebhook register(
            AppUser actor, long projectId, @Nullable String url, @Nullable List<String> events) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER).requireActive();
        var names = events(events);
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "Give the URL that receives the events.");
        }
        String checked;
        try {
            checked = policy.check(url).toString();
        } catch (RefusedUrlException e) {
            throw new InvalidInputException("url", e.getMessage());
        }
        var secret = "tbwh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        var id = records.insert(projectId, checked, names, secrets.encrypt(secret), actor.id());
        return new RegisteredWebhook(id, secret);
    }

    @Transactional(readOnly = true)
    public List<Webhook> list(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        return repository.list(projectId, LISTED_ATTEMPTS);
    }

    /** Deletes the webhook, its deliveries still to be made and their log. */
    @Transactional
    public void delete(AppUser actor, long projectId, long webhookId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        if (!repository.delete(projectId, webhookId)) {
            throw new NotFoundException("Webhook " + webhookId + " does not exist in this project.");
        }
    }

    private static List<String> events(@Nullable List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException(
                    "events", "Choose at least one event: " + String.join(", ", WebhookEvent.names()) + ".");
        }
        var chosen = new LinkedHashSet<WebhookEvent>();
        requested.forEach(name -> chosen.add(WebhookEvent.named(name == null ? "" : name)));
        return chosen.stream().sorted().map(WebhookEvent::wireName).toList();
    }

    private byte[] randomBytes() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }
}
