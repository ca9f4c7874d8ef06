package dev.tagbench.webhook;

import dev.tagbench.base.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/** The events a webhook can receive, by the name deliveries carry ({@code X-Tagbench-Event}). */
public enum WebhookEvent {
    ARTICLE_SUBMITTED("article.submitted", "A curator submitted an article"),
    ARTICLE_APPROVED("article.approved", "A reviewer approved an article"),
    ARTICLE_REJECTED("article.rejected", "A reviewer sent an article back"),
    EXPORT_CREATED("export.created", "A dataset was exported");

    private final String wireName;
    private final String description;

    WebhookEvent(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    /** The event with this name, as the API and deliveries spell it. */
    public static WebhookEvent named(String name) {
        return Arrays.stream(values())
                .filter(event -> event.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "events", "Unknown event '" + name + "'; the events are " + names() + "."));
    }

    static List<String> names() {
        return Arrays.stream(values()).map(WebhookEvent::wireName).toList();
    }
}
