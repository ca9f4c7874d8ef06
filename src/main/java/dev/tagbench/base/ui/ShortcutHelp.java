package dev.tagbench.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The list of a view's keyboard shortcuts, opened with {@code ?}: one row per shortcut. */
public final class ShortcutHelp extends Dialog {

    public ShortcutHelp(List<Shortcut> shortcuts) {
        setHeaderTitle("Keyboard shortcuts");
        addClassName("shortcut-help");
        var list = new Div();
        list.addClassName("shortcut-list");
        for (var shortcut : shortcuts) {
            var key = new Span(shortcut.keys());
            key.addClassName("shortcut-key");
            var action = new Span(shortcut.action());
            action.addClassName("shortcut-action");
            var row = new Div(key, action);
            row.addClassName("shortcut-row");
            list.add(row);
        }
        add(list);
        getFooter().add(new Button("Close", click -> close()));
    }

    /** Adds a button in the footer that closes the help and runs {@code action}, such as opening the guidelines. */
    /** The "Shortcuts (?)" button of a view, which does what the view's {@code ?} key does. */
    public static Button button(Runnable open) {
        var button = new Button("Shortcuts (?)", click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    public ShortcutHelp withAction(String text, Runnable action) {
        getFooter().addComponentAsFirst(new Button(text, click -> {
            close();
            action.run();
        }));
        return this;
    }

    /** Opens the help, unless it is open already. */
    public void show() {
        if (!isOpened()) {
            open();
        }
    }
}
