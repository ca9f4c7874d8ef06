package dev.tagbench.project;

import java.util.Map;
import java.util.Set;

/**
 * Stored decisions that name a project's labels: curators' annotations, reviewers' final labels.
 * The features that store them implement this, so removing a label from a schema reaches every use
 * without this feature depending on theirs.
 */
public interface LabelUses {

    /** The name of these uses in API answers, such as {@code annotations}. */
    String kind();

    /** One use as people read it, such as "curator decision"; an {@code s} makes the plural. */
    String noun();

    /** How many stored decisions of the project name each of the keys; unused keys are absent. */
    Map<String, Long> count(long projectId, Set<String> keys);

    /**
     * Takes the keys out of every decision of the project, recording each change as the actor's.
     * Runs inside the transaction that changes the schema.
     */
    void remove(long projectId, Set<String> keys, long actorId);
}
