package dev.tagbench.article;

/**
 * A manager split a sentence in two: {@code sentenceId} keeps the first part, {@code newSentenceId}
 * is the second. Published inside the editing transaction, so listeners' changes commit with it.
 */
public record SentenceSplit(long projectId, long articleId, long sentenceId, long newSentenceId, long editorId) {}
