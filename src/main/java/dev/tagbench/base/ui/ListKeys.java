package dev.tagbench.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The keys every labelling view over a {@link KeyboardList} shares, so the workbench and the review
 * view answer them alike: digits toggle a label, {@code 0} / Backspace / Delete clear, {@code n} finds
 * the next open sentence, {@code h} its history, {@code g} the guidelines, {@code ?} the help.
 */
public final class ListKeys {

    /** The shared keys the browser sends to the server, as {@code event.key}. */
    public static final List<String> SHARED =
            List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "Backspace", "Delete", "?", "n", "g", "h");

    private ListKeys() {}

    /** The shared keys and a view's own. */
    public static List<String> with(String... own) {
        return Stream.concat(SHARED.stream(), Stream.of(own)).toList();
    }

    /** Whether the key toggles the label with that hotkey. */
    public static boolean isHotkey(String key) {
        return key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '9';
    }

    /** Whether the key takes every label off. */
    public static boolean isClear(String key) {
        return key.equals("0") || key.equals("Backspace") || key.equals("Delete");
    }

    /** The help's first rows: moving through the list, and to the next sentence still {@code open}. */
    public static List<Shortcut> moving(String open) {
        var shortcuts = new ArrayList<Shortcut>();
        shortcuts.add(new Shortcut("j  /  ↓", "Next sentence"));
        shortcuts.add(new Shortcut("k  /  ↑", "Previous sentence"));
        shortcuts.add(new Shortcut("Home  /  End", "First / last sentence"));
        shortcuts.add(new Shortcut("n", "Next sentence " + open));
        return shortcuts;
    }

    /** The help's last rows: history, guidelines, help. */
    public static List<Shortcut> reading() {
        return List.of(
                new Shortcut("h", "History of the sentence: who changed what, when, from where"),
                new Shortcut("g", "The project's annotation guidelines"),
                new Shortcut("?", "This help"));
    }
}
