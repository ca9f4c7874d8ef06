package dev.tagbench.annotation.ui;

import dev.tagbench.base.ui.ListFocus;
import java.util.Optional;

/** What a key press asks the workbench to do. */
sealed interface WorkbenchCommand {

    /** Moves the focus between sentences (j/k, arrows, Home, End). */
    record Move(ListFocus.Move move) implements WorkbenchCommand {}

    record NextUndecided() implements WorkbenchCommand {}

    /** Toggles the label whose hotkey is this digit. */
    record Toggle(String hotkey) implements WorkbenchCommand {}

    /** Sets "no label" on the focused sentence. */
    record Clear() implements WorkbenchCommand {}

    record Undo() implements WorkbenchCommand {}

    record Help() implements WorkbenchCommand {}

    /** Opens the project's guidelines. */
    record Guidelines() implements WorkbenchCommand {}

    /**
     * Maps a browser {@code KeyboardEvent} to a command. Shortcuts with Alt or Meta are left to the
     * browser, and Ctrl only combines with Z, so system shortcuts keep working.
     */
    static Optional<WorkbenchCommand> fromKey(String key, boolean ctrl, boolean alt, boolean meta) {
        if (alt) {
            return Optional.empty();
        }
        if (ctrl || meta) {
            return key.equalsIgnoreCase("z") ? Optional.of(new Undo()) : Optional.empty();
        }
        var move = ListFocus.fromKey(key);
        if (move.isPresent()) {
            return move.map(Move::new);
        }
        return Optional.ofNullable(
                switch (key) {
                    case "n" -> new NextUndecided();
                    case "0", "Backspace", "Delete" -> new Clear();
                    case "?" -> new Help();
                    case "g" -> new Guidelines();
                    case "1", "2", "3", "4", "5", "6", "7", "8", "9" -> new Toggle(key);
                    default -> null;
                });
    }

    /** The keys the browser sends to the server; everything else stays in the browser. */
    String HANDLED_KEYS_FILTER = "(" + ListFocus.KEYS_FILTER
            + " || ['n','g','0','1','2','3','4','5','6','7','8','9','Backspace','Delete','?'].includes(event.key))"
            + " && !event.altKey && !event.ctrlKey && !event.metaKey"
            + " || (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'z' || event.key === 'Z')";
}
