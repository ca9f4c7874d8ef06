package dev.tagbench.export;

import java.time.Instant;

/**
 * One article of an export: the split it went to and which approval of it was exported (an article
 * returned to review and approved again has a later one).
 */
public record ExportedArticle(long articleId, String split, Instant approvedAt) {}
