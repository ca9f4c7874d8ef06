package dev.tagbench.annotation;

import java.util.Map;

/**
 * How far curators are in a project, as one viewer may see it.
 *
 * @param decidedPerCurator sentences each curator has decided, by username
 * @param labelCounts       how often curators chose each label, by key
 * @param leftOut           articles left out because the viewer curates them (their labels can still change)
 */
public record CurationProgress(Map<String, Integer> decidedPerCurator, Map<String, Integer> labelCounts, int leftOut) {}
