package dev.tagbench.annotation;

/** Where a label change came from, as recorded in the history. */
public enum ChangeSource {
    UI, API, UNDO
}
