/** Webhooks against receivers on loopback. */
@NullMarked
package dev.tagbench.webhook;

import org.jspecify.annotations.NullMarked;
