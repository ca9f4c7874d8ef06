package dev.tagbench.base.ui;

import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The keyboard focus of a list of rows: which row has it, and how j/k, the arrow keys, Home and End
 * move it. It knows nothing of how rows are drawn: the view says how many rows there are and is told
 * which row lost the focus and which gained it, so a list of components and a virtual list that
 * renders only the visible rows can both use it.
 */
public final class ListFocus {

    /** A move of the focus. */
    public enum Move {
        NEXT,
        PREVIOUS,
        FIRST,
        LAST
    }

    /** The moving keys, as a condition on a keydown event for Vaadin's client-side event filter. */
    public static final String KEYS_FILTER = "['j','k','ArrowDown','ArrowUp','Home','End'].includes(event.key)";

    /** Told of each focus change. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param previous the row that had the focus, or -1 when none had (or it is gone)
         * @param current  the row that has it now
         */
        void focusMoved(int previous, int current);
    }

    private final Listener listener;
    private int size;
    private int index = -1;

    public ListFocus(Listener listener) {
        this.listener = listener;
    }

    /** The move a key asks for, if it is one of the moving keys (without modifiers). */
    public static Optional<Move> fromKey(String key) {
        return Optional.ofNullable(
                switch (key) {
                    case "j", "ArrowDown" -> Move.NEXT;
                    case "k", "ArrowUp" -> Move.PREVIOUS;
                    case "Home" -> Move.FIRST;
                    case "End" -> Move.LAST;
                    default -> null;
                });
    }

    /** The list now has {@code size} rows (new or re-ordered); focuses {@code index}, kept within them. */
    public void reset(int size, int index) {
        this.size = size;
        this.index = -1;
        focus(index);
    }

    /** The focused row, or -1 when the list is empty. */
    public int index() {
        return index;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Focuses a row; an index beyond either end focuses that end. */
    public void focus(int row) {
        if (size == 0) {
            index = -1;
            return;
        }
        var previous = index;
        index = Math.clamp(row, 0, size - 1);
        listener.focusMoved(previous, index);
    }

    public void move(Move move) {
        switch (move) {
            case NEXT -> focus(index + 1);
            case PREVIOUS -> focus(index - 1);
            case FIRST -> focus(0);
            case LAST -> focus(size - 1);
        }
    }

    /**
     * Focuses the first row after the focused one, wrapping around past the end, for which
     * {@code wanted} holds (the focused row last).
     *
     * @return false, with the focus unchanged, when no row is wanted
     */
    public boolean focusNext(IntPredicate wanted) {
        for (var step = 1; step <= size; step++) {
            var row = (index + step) % size;
            if (wanted.test(row)) {
                focus(row);
                return true;
            }
        }
        return false;
    }
}
