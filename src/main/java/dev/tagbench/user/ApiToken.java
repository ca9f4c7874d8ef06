package dev.tagbench.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it later: never the token itself, only its first characters. */
public record ApiToken(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {}
