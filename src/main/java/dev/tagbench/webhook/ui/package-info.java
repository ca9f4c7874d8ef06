/** The managers' Webhooks view: register, see deliveries, delete. */
@NullMarked
package dev.tagbench.webhook.ui;

import org.jspecify.annotations.NullMarked;
