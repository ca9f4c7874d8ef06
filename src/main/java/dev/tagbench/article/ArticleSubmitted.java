package dev.tagbench.article;

/**
 * A curator submitted their labels of an article, published inside the submitting transaction.
 *
 * @param allSubmitted whether this was the last submission the article needed, so it is ready for review
 */
public record ArticleSubmitted(long articleId, long projectId, String curator, boolean allSubmitted) {}
