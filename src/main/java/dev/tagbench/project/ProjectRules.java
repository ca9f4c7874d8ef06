package dev.tagbench.project;

import dev.tagbench.base.InvalidInputException.FieldError;
import java.util.Optional;

/** The rules a project's own settings keep, on creation and on every change. */
final class ProjectRules {

    private ProjectRules() {}

    /** A name of 1 to 200 characters, spaces around it not counting. */
    static Optional<FieldError> name(String name) {
        var stripped = name.strip();
        return stripped.isEmpty() || stripped.length() > 200
                ? Optional.of(new FieldError("name", "A project name has 1 to 200 characters."))
                : Optional.empty();
    }

    static Optional<FieldError> annotatorsPerArticle(int curators) {
        return curators < 1 || curators > 50
                ? Optional.of(new FieldError("annotatorsPerArticle", "Between 1 and 50 curators per article."))
                : Optional.empty();
    }
}
