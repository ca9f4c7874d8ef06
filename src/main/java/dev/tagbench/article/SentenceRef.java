package dev.tagbench.article;

/** Which article and project a sentence belongs to, for access checks. */
public record SentenceRef(long sentenceId, long articleId, long projectId) {}
