package dev.tagbench.article;

/**
 * A manager merged a sentence with the next: {@code keptId} now spans both, {@code removedId} is
 * about to be deleted. Published inside the editing transaction, before the deletion, so listeners
 * can still read what belonged to the removed sentence.
 */
public record SentencesMerged(long projectId, long articleId, long keptId, long removedId, long editorId) {}
