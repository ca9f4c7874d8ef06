package dev.tagbench.suggest;

import dev.tagbench.project.Label;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What a suggester knows about the project it learns for: its label schema and this suggester's settings. */
public record TrainingContext(long projectId, List<Label> schema, JsonNode settings) {

    public TrainingContext {
        schema = List.copyOf(schema);
    }
}
