package dev.tagbench.annotation;

/** Whose labels on an article a viewer may see, and whether its review (final labels) with them. */
public enum LabelView {
    /** Every curator's labels and the final labels: a reviewer or manager whose own part is settled. */
    ALL,
    /** Every curator's labels, no final labels: a curator of the article in a project that is not blind. */
    CURATORS,
    /** The viewer's own labels only: a curator in a blind project, or anyone whose own part is still open. */
    OWN
}
