package dev.tagbench.annotation.ui;

import dev.tagbench.base.ui.ListKeys;
import dev.tagbench.base.ui.Shortcut;
import dev.tagbench.project.Label;
import java.util.List;
import java.util.Optional;

/**
 * What a key press (or a click on the label bar) asks the workbench to do. Moving between sentences
 * never gets here: the browser does it (see {@code KeyboardList}).
 */
sealed interface WorkbenchCommand {

    /** Toggles the label whose hotkey is this digit. */
    record Toggle(String hotkey) implements WorkbenchCommand {}

    /** Toggles the label with this key (a click on its button). */
    record ToggleLabel(String key) implements WorkbenchCommand {}

    /** Sets "no label" on the sentence. */
    record Clear() implements WorkbenchCommand {}

    record Undo() implements WorkbenchCommand {}

    record Help() implements WorkbenchCommand {}

    /** Opens the project's guidelines. */
    record Guidelines() implements WorkbenchCommand {}

    record Submit() implements WorkbenchCommand {}

    record NextArticle() implements WorkbenchCommand {}

    /** Takes the sentence's suggestions as labels. */
    record AcceptSuggestions() implements WorkbenchCommand {}

    /** Takes the suggestions of every sentence without a decision. */
    record AcceptAllSuggestions() implements WorkbenchCommand {}

    /** Opens the sentence's history. */
    record History() implements WorkbenchCommand {}

    /** {@code n} found no sentence without a decision. */
    record NoneOpen() implements WorkbenchCommand {}

    /**
     * The keys the browser sends to the server, as {@code event.key} ({@code Ctrl+} in front with
     * Ctrl or Cmd). Keys with Alt, and Ctrl with anything but Z, stay with the browser.
     */
    List<String> KEYS = ListKeys.with("Ctrl+z", "Ctrl+Z", "a", "A", "S", "N");

    /** Maps a key as the browser sends it (see {@link #KEYS}), or a label bar action, to a command. */
    static Optional<WorkbenchCommand> fromKey(String key) {
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
                    case "Ctrl+z", "Ctrl+Z" -> new Undo();
                    case "?" -> new Help();
                    case "a" -> new AcceptSuggestions();
                    case "A" -> new AcceptAllSuggestions();
                    case "S" -> new Submit();
                    case "N" -> new NextArticle();
                    case "n" -> new NoneOpen();
                    case "g" -> new Guidelines();
                    case "h" -> new History();
                    default -> null;
                });
    }

    /** Every shortcut of the workbench, as its {@code ?} help lists them. */
    static List<Shortcut> shortcuts(List<Label> labels) {
        var shortcuts = ListKeys.moving("without a decision");
        for (var label : labels) {
            if (label.hotkey() != null) {
                shortcuts.add(new Shortcut(label.hotkey(), label.name() + " on or off — " + label.description()));
            }
        }
        shortcuts.add(new Shortcut("0  /  Backspace", "No label: the sentence has none of the labels"));
        shortcuts.add(new Shortcut("Ctrl+Z", "Undo the last change"));
        shortcuts.add(new Shortcut("a", "Accept the suggestions on this sentence"));
        shortcuts.add(new Shortcut("Shift+A", "Accept all suggestions on sentences without a decision"));
        shortcuts.add(new Shortcut("Shift+S", "Submit the article"));
        shortcuts.add(new Shortcut("Shift+N", "Next article"));
        shortcuts.addAll(ListKeys.reading());
        return shortcuts;
    }
}
