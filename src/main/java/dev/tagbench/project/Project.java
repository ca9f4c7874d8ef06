package dev.tagbench.project;

import java.util.List;
import java.util.Optional;

/**
 * A labelling project: its articles share one label schema.
 *
 * @param labels in schema order, which is also the order labels are stored and shown in
 */
public record Project(long id, String name, int annotatorsPerArticle, String segmenterId, int schemaVersion,
        List<Label> labels) {

    public Project {
        labels = List.copyOf(labels);
    }

    public Optional<Label> label(String key) {
        return labels.stream().filter(label -> label.key().equals(key)).findFirst();
    }
}
