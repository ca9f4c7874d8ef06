package dev.tagbench.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Asks the reviewer for a text (a comment, a reason to reject); Ctrl+Enter sends it, Escape cancels. */
final class TextDialog extends Dialog {

    TextDialog(String heading, String label, String send, Consumer<String> then) {
        setHeaderTitle(heading);
        addClassName("text-dialog");
        var text = new TextArea(label);
        text.setWidth("30rem");
        text.setMaxLength(2000);
        text.setHelperText("Ctrl+Enter sends");
        // Sent as it is typed, so Ctrl+Enter never sends an older value than the one on screen.
        text.setValueChangeMode(ValueChangeMode.EAGER);
        add(text);
        var ok = new Button(send, click -> {
            close();
            then.accept(text.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Cmd+Enter too, as on a Mac; the text area hears the keys, so Enter alone still starts a new line.
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        ok.addClickShortcut(Key.ENTER, KeyModifier.META).listenOn(text);
        getFooter().add(new Button("Cancel", click -> close()), ok);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                text.focus();
            }
        });
    }
}
