package dev.tagbench.webhook;

/** A new webhook and its signing secret, which is shown this once. */
public record RegisteredWebhook(long id, String secret) {}
