package dev.tagbench.project.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the label chosen in the schema editor. Every change goes straight into its draft,
 * clears that field's message from the last save, and {@code onChange} lets the editor show it.
 */
final class LabelForm extends Composite<FormLayout> {

    final TextField key = new TextField("Key");
    final TextField name = new TextField("Name");
    final ColourField colour = new ColourField();
    final TextField hotkey = new TextField("Hotkey");
    final TextArea description = new TextArea("Description");

    private final Runnable onChange;
    private @Nullable LabelDraft draft;

    LabelForm(Runnable onChange) {
        this.onChange = onChange;
        key.setMaxLength(64);
        key.setAllowedCharPattern("[a-z0-9_]");
        key.setHelperText("The label's stable id in annotations and exports: a-z, 0-9 and _, fixed once saved.");
        name.setMaxLength(100);
        hotkey.setMaxLength(1);
        hotkey.setAllowedCharPattern("[1-9]");
        hotkey.setHelperText("A digit 1–9 that toggles the label; empty for none.");
        description.setMaxLength(500);
        description.setHelperText("When the label applies. Markdown.");
        key.addValueChangeListener(change -> edit(change.isFromClient(), "key", d -> {
            d.key = change.getValue().strip();
            d.keyTyped = true;
        }));
        name.addValueChangeListener(change -> edit(change.isFromClient(), "name", d -> {
            d.rename(change.getValue());
            key.setValue(d.key);
        }));
        colour.addValueChangeListener(value -> edit(true, "color", d -> d.colour = value));
        hotkey.addValueChangeListener(change -> edit(
                change.isFromClient(),
                "hotkey",
                d -> d.hotkey = change.getValue().strip()));
        description.addValueChangeListener(
                change -> edit(change.isFromClient(), "description", d -> d.description = change.getValue()));
        getContent().add(key, name, colour, hotkey, description);
        getContent().setColspan(description, 2);
        getContent().addClassName("label-form");
        show(null);
    }

    /** Shows the draft's values and its messages; null empties and disables the form. */
    void show(@Nullable LabelDraft shown) {
        draft = null;
        key.setValue(shown == null ? "" : shown.key);
        key.setReadOnly(shown != null && shown.stored);
        name.setValue(shown == null ? "" : shown.name);
        colour.setValue(shown == null ? LabelDraft.PALETTE.getFirst().colour() : shown.colour);
        hotkey.setValue(shown == null ? "" : shown.hotkey);
        description.setValue(shown == null ? "" : shown.description);
        showError(key, shown == null ? null : shown.errors.get("key"));
        showError(name, shown == null ? null : shown.errors.get("name"));
        showError(hotkey, shown == null ? null : shown.errors.get("hotkey"));
        showError(description, shown == null ? null : shown.errors.get("description"));
        if (shown != null && shown.errors.containsKey("color")) {
            colour.setError(shown.errors.get("color"));
        }
        getContent().setEnabled(shown != null);
        draft = shown;
    }

    /** A new label starts at its key, a stored one at its name. */
    void focusFirst() {
        if (draft != null && !draft.stored) {
            key.focus();
        } else {
            name.focus();
        }
    }

    private void edit(boolean fromUser, String field, Consumer<LabelDraft> change) {
        if (fromUser && draft != null) {
            change.accept(draft);
            draft.errors.remove(field);
            onChange.run();
        }
    }

    private static void showError(TextFieldBase<?, String> field, @Nullable String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
