package dev.tagbench.project;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a project's setup; what is null stays as it is.
 *
 * @param guidelines Markdown, stored exactly as written
 * @param segmenter  the id of the sentence segmenter for articles imported from now on
 * @param archived   true hides the finished project from curators and reviewers, false brings it back
 */
public record ProjectChanges(
        @Nullable String name,
        @Nullable Integer annotatorsPerArticle,
        @Nullable Boolean blind,
        @Nullable String guidelines,
        @Nullable String segmenter,
        @Nullable Boolean archived) {

    public static final ProjectChanges NONE = new ProjectChanges(null, null, null, null, null, null);

    public static ProjectChanges archive(boolean archived) {
        return new ProjectChanges(null, null, null, null, null, archived);
    }
}
