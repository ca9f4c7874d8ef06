package dev.tagbench.article;

/** A reviewer sent the article back to its curators; published inside the rejecting transaction. */
public record ArticleRejected(long articleId) {}
