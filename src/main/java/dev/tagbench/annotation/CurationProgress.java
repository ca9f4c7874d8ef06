package dev.tagbench.annotation;

import java.util.Map;

/**
 * How far curators are in a project.
 *
 * @param decidedPerCurator sentences each curator has decided, by username
 * @param labelCounts       how often curators chose each label, by key
 */
public record CurationProgress(Map<String, Integer> decidedPerCurator, Map<String, Integer> labelCounts) {}
