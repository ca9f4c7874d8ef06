package dev.tagbench.annotation;

/** Where a label change came from, as recorded in the history. */
public enum ChangeSource {
    UI,
    API,
    UNDO,
    /** Copied to the second part of a sentence a manager split. */
    SPLIT,
    /** Combined when a manager merged two sentences. */
    MERGE,
    /** The curator accepted suggested labels. */
    SUGGESTION,
    /** Taken out when a manager removed the label from the project's schema. */
    SCHEMA
}
