package dev.tagbench.project;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A labelling project: its articles share one label schema.
 *
 * @param schemaVersion counts every change of the labels and guidelines; exports record it
 * @param blind         curators never see each other's labels nor who else annotates
 * @param guidelines    how to apply the labels, in Markdown, exactly as written
 * @param archived      finished: hidden from curators and reviewers, kept whole
 * @param labels        in schema order, which is also the order labels are stored and shown in
 * @param language      the language of the project's texts (BCP 47, e.g. {@code en}), which dataset cards declare
 */
public record Project(
        long id,
        String name,
        int annotatorsPerArticle,
        String segmenterId,
        int schemaVersion,
        boolean blind,
        String guidelines,
        boolean archived,
        List<Label> labels,
        String language) {

    public Project {
        labels = List.copyOf(labels);
    }

    /** The same project with another label schema. */
    public Project withLabels(List<Label> schema) {
        return new Project(
                id,
                name,
                annotatorsPerArticle,
                segmenterId,
                schemaVersion,
                blind,
                guidelines,
                archived,
                schema,
                language);
    }

    /** @throws ConflictException when the project is archived: it takes no new curators. */
    public void requireActive() {
        if (archived) {
            throw new ConflictException("The project '" + name + "' is archived; it has no work for curators.");
        }
    }

    public Optional<Label> label(String key) {
        return labels.stream().filter(label -> label.key().equals(key)).findFirst();
    }

    /**
     * The keys in schema order without repeats.
     *
     * @throws InvalidInputException for a key that is not in the schema, naming the valid ones
     */
    public List<String> canonicalLabels(Collection<String> keys) {
        var wanted = new HashSet<String>();
        for (var key : keys) {
            if (key == null || label(key).isEmpty()) {
                throw new InvalidInputException(
                        "labels",
                        "Unknown label '" + key + "'; this project's labels are "
                                + labels.stream().map(Label::key).toList() + ".");
            }
            wanted.add(key);
        }
        return labels.stream().map(Label::key).filter(wanted::contains).toList();
    }
}
