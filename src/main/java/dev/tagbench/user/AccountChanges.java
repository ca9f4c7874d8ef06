package dev.tagbench.user;

import org.jspecify.annotations.Nullable;

/** What an administrator changes on an account; {@code null} leaves a field as it is. */
public record AccountChanges(
        @Nullable String displayName,
        @Nullable Boolean admin,
        @Nullable Boolean enabled) {}
