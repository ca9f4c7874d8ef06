package dev.tagbench.article;

/**
 * A region of the original text kept out of the sentences by the import pipeline, with why.
 *
 * @param kind   {@code NOISE}, {@code HEADING} or {@code STRUCTURE}
 * @param source the id of the plugin that removed it
 */
public record RemovedRegion(int start, int end, String kind, String reason, String source) {}
