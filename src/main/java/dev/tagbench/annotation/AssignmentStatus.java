package dev.tagbench.annotation;

/** A curator's part in an article: still working, or submitted. */
public enum AssignmentStatus {
    ASSIGNED,
    SUBMITTED
}
