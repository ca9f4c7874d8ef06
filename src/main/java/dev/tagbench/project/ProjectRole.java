package dev.tagbench.project;

/** What a member may do in one project. A user may hold several roles in the same project. */
public enum ProjectRole {
    /** Imports articles, manages members and exports datasets. */
    MANAGER,
    /** Labels sentences (a curator). */
    ANNOTATOR,
    /** Settles disagreements and approves or rejects articles. */
    REVIEWER
}
