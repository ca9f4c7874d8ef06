package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.project.Label;
import java.util.List;

/** The list of workbench shortcuts, opened with {@code ?}. */
final class ShortcutHelp extends Dialog {

    ShortcutHelp(List<Label> labels, Runnable openGuidelines) {
        setHeaderTitle("Keyboard shortcuts");
        addClassName("shortcut-help");
        var list = new Div();
        list.addClassName("shortcut-list");
        addRow(list, "j  /  ↓", "next sentence");
        addRow(list, "k  /  ↑", "previous sentence");
        addRow(list, "Home  /  End", "first / last sentence");
        addRow(list, "n", "next sentence without a decision");
        for (var label : labels) {
            if (label.hotkey() != null) {
                addRow(list, label.hotkey(), "toggle " + label.name() + " — " + label.description());
            }
        }
        addRow(list, "0  /  Backspace", "no label (clears the sentence)");
        addRow(list, "Ctrl+Z", "undo the last change");
        addRow(list, "g", "the project's guidelines");
        addRow(list, "?", "this help");
        add(list);
        var guidelines = new Button("Guidelines (g)", click -> {
            close();
            openGuidelines.run();
        });
        getFooter().add(guidelines, new Button("Close", click -> close()));
    }

    private static void addRow(Div list, String keys, String action) {
        var key = new Span(keys);
        key.addClassName("shortcut-key");
        var text = new Span(action);
        var row = new Div(key, text);
        row.addClassName("shortcut-row");
        list.add(row);
    }
}
