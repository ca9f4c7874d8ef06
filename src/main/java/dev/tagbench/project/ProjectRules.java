package dev.tagbench.project;

import dev.tagbench.base.InvalidInputException.FieldError;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** As the database checks it: a language subtag, then optional region, script or variant subtags. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** The language of the texts, as dataset cards declare it: a BCP 47 tag of at most 35 characters. */
    static Optional<FieldError> language(String language) {
        var tag = language.strip();
        return tag.length() > 35 || !LANGUAGE.matcher(tag).matches()
                ? Optional.of(new FieldError(
                        "language",
                        "Give the language as a BCP 47 tag such as en, uk or pt-BR (lower-case language first)."))
                : Optional.empty();
    }
}
