package dev.tagbench.suggest;

import dev.tagbench.project.Label;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a suggester knows about the project it suggests for.
 *
 * @param settings this suggester's settings in the project (an empty object when none were set)
 * @param model      the model of the latest successful training, or null (never trained, or not trainable)
 * @param guidelines how to apply the labels, in Markdown as the managers wrote it (empty when unknown)
 */
public record SuggestionContext(
        long projectId,
        List<Label> schema,
        JsonNode settings,
        @Nullable TrainedModel model,
        String guidelines) {

    public SuggestionContext {
        schema = List.copyOf(schema);
    }

    public SuggestionContext(long projectId, List<Label> schema, JsonNode settings, @Nullable TrainedModel model) {
        this(projectId, schema, settings, model, "");
    }
}
