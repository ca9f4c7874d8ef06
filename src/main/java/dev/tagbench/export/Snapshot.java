package dev.tagbench.export;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded export: enough to name a model's training data and to produce it again. */
public record Snapshot(
        long id,
        @Nullable String createdBy,
        Instant createdAt,
        String format,
        String split,
        long seed,
        long sentences,
        int articles,
        String sha256,
        long bytes) {}
