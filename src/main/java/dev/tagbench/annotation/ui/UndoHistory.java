package dev.tagbench.annotation.ui;

import dev.tagbench.annotation.SentenceLabels;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The label changes made in this view, newest first, so Ctrl+Z can step back through them. */
final class UndoHistory {

    static final int LIMIT = 500;

    /**
     * One change: the sentence's decision before it and the version it produced, so the undo is
     * refused if someone changed the sentence again in between.
     */
    record Change(SentenceLabels before, int versionAfter) {}

    private final Deque<Change> changes = new ArrayDeque<>();

    void record(SentenceLabels before, int versionAfter) {
        changes.push(new Change(before, versionAfter));
        if (changes.size() > LIMIT) {
            changes.removeLast();
        }
    }

    Optional<Change> pop() {
        return Optional.ofNullable(changes.poll());
    }

    void clear() {
        changes.clear();
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }
}
