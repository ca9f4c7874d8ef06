package dev.tagbench.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A curator's slot on an article. */
public record Assignment(
        long articleId,
        long userId,
        String username,
        AssignmentStatus status,
        Instant assignedAt,
        @Nullable Instant submittedAt) {}
