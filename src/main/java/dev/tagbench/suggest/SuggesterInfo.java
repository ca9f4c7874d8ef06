package dev.tagbench.suggest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A suggester as a project's members see it.
 *
 * @param status       {@code untrained}, {@code training}, {@code ready} or {@code failed}
 * @param trainedOn    approved sentences the model in use learned from (0 for rules)
 * @param trainedAt    when the model in use finished training
 * @param quality      the model's measured quality, or null before a training measured it
 * @param message      why the status is what it is, when it is not simply ready
 * @param modelVersion what produced the scores: algorithm, embedding model, training
 * @param settings     this suggester's settings in the project (rules, for the rule suggester), secrets left out
 * @param lastError    why its last call gave no suggestions, while that is so (status {@code failed})
 * @param ignoredAnswers parts of its answers left out so far (not valid JSON, unknown labels)
 * @param lastIgnored  why the latest part was left out
 */
public record SuggesterInfo(
        String id,
        String name,
        boolean enabled,
        String status,
        int trainedOn,
        @Nullable Instant trainedAt,
        @Nullable Quality quality,
        boolean trainable,
        @Nullable String message,
        @Nullable String modelVersion,
        @Nullable Instant nextTrainingAt,
        JsonNode settings,
        @Nullable String lastError,
        long ignoredAnswers,
        @Nullable String lastIgnored) {}
