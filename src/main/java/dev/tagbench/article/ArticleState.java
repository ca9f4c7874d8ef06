package dev.tagbench.article;

/** Where an article is in its life from import to approval. */
public enum ArticleState {
    NEW,
    IN_PROGRESS,
    ANNOTATED,
    IN_REVIEW,
    APPROVED,
    REJECTED
}
