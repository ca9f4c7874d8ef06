package dev.tagbench.review.ui;

import dev.tagbench.base.ui.ListKeys;
import dev.tagbench.base.ui.Shortcut;
import dev.tagbench.project.Label;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a key press (or a click on the legend) asks the review view to do. Moving between sentences
 * never gets here: the browser does it (see {@code KeyboardList}).
 */
sealed interface ReviewCommand {

    /** Toggles the final label with this hotkey. */
    record Toggle(String hotkey) implements ReviewCommand {}

    /** Toggles the final label with this key (a click on its button). */
    record ToggleLabel(String key) implements ReviewCommand {}

    /** Final labels: none. */
    record Clear() implements ReviewCommand {}

    /** Takes the labels of the curator in this column (0 = first). */
    record Accept(int curator) implements ReviewCommand {}

    record Comment() implements ReviewCommand {}

    /** Opens the project's guidelines. */
    record Guidelines() implements ReviewCommand {}

    record Approve() implements ReviewCommand {}

    record Reject() implements ReviewCommand {}

    record NextArticle() implements ReviewCommand {}

    record Help() implements ReviewCommand {}

    /** Opens the sentence's history. */
    record History() implements ReviewCommand {}

    /** {@code n} found no sentence without final labels. */
    record NoneOpen() implements ReviewCommand {}

    /** Curators' columns that have a key: a to e. */
    int CURATOR_KEYS = 5;

    /** The keys the browser sends to the server, as {@code event.key}. */
    List<String> KEYS = ListKeys.with("a", "b", "c", "d", "e", "m", "A", "R", "N");

    static Optional<ReviewCommand> fromKey(String key) {
        if (key.startsWith("label:")) {
            return Optional.of(new ToggleLabel(key.substring("label:".length())));
        }
        if (ListKeys.isClear(key)) {
            return Optional.of(new Clear());
        }
        if (ListKeys.isHotkey(key)) {
            return Optional.of(new Toggle(key));
        }
        return Optional.ofNullable(
                switch (key) {
                    case "a", "b", "c", "d", "e" -> new Accept(key.charAt(0) - 'a');
                    case "m" -> new Comment();
                    case "A" -> new Approve();
                    case "R" -> new Reject();
                    case "N" -> new NextArticle();
                    case "?" -> new Help();
                    case "n" -> new NoneOpen();
                    case "g" -> new Guidelines();
                    case "h" -> new History();
                    default -> null;
                });
    }

    /** The letter of a curator's column: A for the first. */
    static String letter(int curator) {
        return String.valueOf((char) ('A' + curator));
    }

    /** Every shortcut of the review view, as its {@code ?} help lists them. */
    static List<Shortcut> shortcuts(List<Label> labels, List<String> curators) {
        var shortcuts = ListKeys.moving("without final labels");
        for (var label : labels) {
            if (label.hotkey() != null) {
                shortcuts.add(new Shortcut(label.hotkey(), label.name() + " on or off in the final labels"));
            }
        }
        shortcuts.add(new Shortcut("0  /  Backspace", "Final labels: no label"));
        for (var i = 0; i < Math.min(curators.size(), CURATOR_KEYS); i++) {
            shortcuts.add(new Shortcut(
                    letter(i).toLowerCase(Locale.ROOT),
                    "Take curator " + letter(i) + " (" + curators.get(i) + ")'s labels"));
        }
        shortcuts.add(new Shortcut("m", "Comment on the sentence (Ctrl+Enter sends)"));
        shortcuts.add(new Shortcut("Shift+A", "Approve the article"));
        shortcuts.add(new Shortcut("Shift+R", "Reject the article and send it back, with a comment"));
        shortcuts.add(new Shortcut("Shift+N", "Next article waiting for review"));
        shortcuts.addAll(ListKeys.reading());
        return shortcuts;
    }
}
