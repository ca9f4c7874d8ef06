/** Browserless tests of the Webhooks view. */
@NullMarked
package dev.tagbench.webhook.ui;

import org.jspecify.annotations.NullMarked;
