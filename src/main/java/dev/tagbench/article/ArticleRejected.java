package dev.tagbench.article;

import org.jspecify.annotations.Nullable;

/** A reviewer sent the article back to its curators, with why; published inside the rejecting transaction. */
public record ArticleRejected(
        long articleId, long projectId, @Nullable String comment) {}
