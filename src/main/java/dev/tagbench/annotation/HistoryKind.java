package dev.tagbench.annotation;

import java.util.Locale;

/** What kind of change a history entry records; its key is how the API names it. */
public enum HistoryKind {
    /** A curator's labels changed (in the workbench, through the API, by undo or an accepted suggestion). */
    LABEL,
    /** A reviewer's final labels changed. */
    FINAL,
    /** A manager split the sentence, or labels were copied to its second part. */
    SPLIT,
    /** A manager merged the sentence with the next, or labels were combined. */
    MERGE,
    /** The article changed state (started, submitted, review, approval, rejection). */
    STATE,
    /** A label was taken out because a manager removed it from the project's schema. */
    SCHEMA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
