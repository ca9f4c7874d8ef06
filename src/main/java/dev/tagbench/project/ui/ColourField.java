package dev.tagbench.project.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.tagbench.project.ChipContrast;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A label's chip colour: a hex field labelled "Colour", a palette of readable swatches and the
 * browser's own colour picker for any other shade. The field says at once how well the chip's white
 * text reads on the colour, and refuses what cannot be read. Only plain inputs and buttons, so it
 * needs nothing beyond Vaadin's prebuilt bundle.
 */
final class ColourField extends Composite<Div> {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final TextField hex = new TextField("Colour");
    private final Span preview = new Span();
    private final Input picker = new Input(ValueChangeMode.ON_CHANGE);
    private final List<Consumer<String>> listeners = new ArrayList<>();

    ColourField() {
        hex.setPlaceholder("#1a2b3c");
        hex.setMaxLength(7);
        hex.setPrefixComponent(preview);
        preview.addClassName("colour-preview");
        hex.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed(change.getValue().strip());
            }
        });
        picker.setType("color");
        picker.addClassName("colour-picker");
        picker.getElement().setAttribute("aria-label", "Any shade");
        picker.getElement().setAttribute("title", "Any shade");
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed(change.getValue());
            }
        });
        var palette = new Div();
        palette.addClassName("colour-palette");
        for (var swatch : LabelDraft.PALETTE) {
            var button = new Button("", click -> changed(swatch.colour()));
            button.addClassName("colour-swatch");
            button.getStyle().set("--chip-color", swatch.colour());
            button.setAriaLabel(swatch.name());
            button.setTooltipText(swatch.name() + " " + swatch.colour());
            palette.add(button);
        }
        palette.add(picker);
        getContent().addClassName("colour-field");
        getContent().add(hex, palette);
    }

    String getValue() {
        return hex.getValue().strip();
    }

    /** Shows the colour and what its contrast means, without telling listeners. */
    void setValue(String colour) {
        hex.setValue(colour);
        show(colour);
    }

    void addValueChangeListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** A message from a save attempt, or null to show the contrast again. */
    void setError(String message) {
        hex.setErrorMessage(message);
        hex.setInvalid(true);
    }

    private void changed(String colour) {
        setValue(colour);
        listeners.forEach(listener -> listener.accept(colour));
    }

    private void show(String colour) {
        if (!HEX.matcher(colour).matches()) {
            preview.getStyle().remove("--chip-color");
            setError("A colour is written like #1a2b3c.");
            hex.setHelperText(null);
            return;
        }
        preview.getStyle().set("--chip-color", colour);
        picker.setValue(colour.toLowerCase());
        var contrast = ChipContrast.of(colour);
        var error = contrast.error();
        if (error.isPresent()) {
            setError(error.get());
            hex.setHelperText(null);
        } else {
            hex.setInvalid(false);
            hex.setHelperText(contrast.warning().orElse("Chip text contrast " + contrast.format() + "."));
        }
    }
}
