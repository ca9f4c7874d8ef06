package dev.tagbench.export;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A recorded export: enough to name a model's training data and to produce it again.
 *
 * @param options settings beyond format, split and seed, e.g. {@code bom=true}
 * @param growth  what it grew from; null for the first export with its split ratios and seed
 */
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
        long bytes,
        Map<String, String> options,
        @Nullable Growth growth) {}
