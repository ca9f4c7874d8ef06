package dev.tagbench.review.ui;

import dev.tagbench.base.ui.ListFocus;
import java.util.Optional;

/** What a key press asks the review view to do. */
sealed interface ReviewCommand {

    /** Moves the focus between sentences (j/k, arrows, Home, End). */
    record Move(ListFocus.Move move) implements ReviewCommand {}

    record NextOpen() implements ReviewCommand {}

    /** Toggles the final label with this hotkey. */
    record Toggle(String hotkey) implements ReviewCommand {}

    /** Final labels: none. */
    record Clear() implements ReviewCommand {}

    /** Takes the labels of the curator in this column (0 = first). */
    record Accept(int curator) implements ReviewCommand {}

    record Comment() implements ReviewCommand {}

    /** Opens the project's guidelines. */
    record Guidelines() implements ReviewCommand {}

    static Optional<ReviewCommand> fromKey(String key, boolean ctrl, boolean alt, boolean meta) {
        if (ctrl || alt || meta) {
            return Optional.empty();
        }
        var move = ListFocus.fromKey(key);
        if (move.isPresent()) {
            return move.map(Move::new);
        }
        return Optional.ofNullable(
                switch (key) {
                    case "n" -> new NextOpen();
                    case "0", "Backspace", "Delete" -> new Clear();
                    case "1", "2", "3", "4", "5", "6", "7", "8", "9" -> new Toggle(key);
                    case "a", "b", "c", "d", "e" -> new Accept(key.charAt(0) - 'a');
                    case "m" -> new Comment();
                    case "g" -> new Guidelines();
                    default -> null;
                });
    }

    String FILTER = "(" + ListFocus.KEYS_FILTER
            + " || ['n','0','1','2','3','4','5','6','7','8','9','Backspace','Delete','a','b','c','d','e','m','g']"
            + ".includes(event.key)) && !event.altKey && !event.ctrlKey && !event.metaKey"
            + " && !(event.composedPath()[0].closest && event.composedPath()[0].closest('input,textarea'))";
}
