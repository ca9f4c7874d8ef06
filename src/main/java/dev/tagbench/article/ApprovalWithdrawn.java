package dev.tagbench.article;

/**
 * An approved article is about to leave its approval (a manager returned it to review for a
 * correction). Published inside the transaction, before the article changes, so listeners still read
 * it as approved: the export keeps the approved rows that earlier datasets hold.
 */
public record ApprovalWithdrawn(long articleId, long projectId) {}
