package dev.tagbench.project;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a project's setup; what is null stays as it is.
 *
 * @param guidelines Markdown, stored exactly as written
 * @param segmenter  the id of the sentence segmenter for articles imported from now on
 * @param archived   true hides the finished project from curators and reviewers, false brings it back
 * @param language   the language of the texts as a BCP 47 tag ({@code en}, {@code uk}, {@code pt-BR}),
 *                   which dataset cards declare
 */
public record ProjectChanges(
        @Nullable String name,
        @Nullable Integer annotatorsPerArticle,
        @Nullable Boolean blind,
        @Nullable String guidelines,
        @Nullable String segmenter,
        @Nullable Boolean archived,
        @Nullable String language) {

    public static final ProjectChanges NONE = new ProjectChanges(null, null, null, null, null, null);

    /** Changes that leave the language as it is. */
    public ProjectChanges(
            @Nullable String name,
            @Nullable Integer annotatorsPerArticle,
            @Nullable Boolean blind,
            @Nullable String guidelines,
            @Nullable String segmenter,
            @Nullable Boolean archived) {
        this(name, annotatorsPerArticle, blind, guidelines, segmenter, archived, null);
    }

    public static ProjectChanges archive(boolean archived) {
        return new ProjectChanges(null, null, null, null, null, archived);
    }

    public static ProjectChanges language(String language) {
        return new ProjectChanges(null, null, null, null, null, null, language);
    }
}
