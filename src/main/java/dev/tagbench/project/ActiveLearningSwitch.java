package dev.tagbench.project;

/**
 * Whether "Next article" hands out first the articles the project's suggestions are least sure of.
 * The setting belongs to the suggestions feature, which implements this; the project's API reads and
 * writes it with the rest of the project's setup, so {@code project} never depends on {@code suggest}.
 * Both methods run only inside the transaction of a service that has checked the caller.
 */
public interface ActiveLearningSwitch {

    boolean isOn(long projectId);

    /** @param changedBy the id of the manager who switches it */
    void set(long projectId, boolean on, long changedBy);
}
