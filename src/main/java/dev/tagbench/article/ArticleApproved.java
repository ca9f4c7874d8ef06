package dev.tagbench.article;

/**
 * An article was approved (by a reviewer, or as imported with its labels), published inside the
 * approving transaction: listeners that write take part in it.
 */
public record ArticleApproved(long articleId, long projectId) {}
