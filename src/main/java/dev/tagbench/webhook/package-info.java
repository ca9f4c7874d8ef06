/**
 * Webhooks: managers register a URL for some of a project's events; each event is written to an
 * outbox in its own transaction and delivered from there, signed, retried with backoff and logged.
 */
@NullMarked
package dev.tagbench.webhook;

import org.jspecify.annotations.NullMarked;
