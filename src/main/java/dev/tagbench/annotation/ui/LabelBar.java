package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.base.ui.ChipColors;
import dev.tagbench.project.Label;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The label buttons above a sentence list, which double as the legend of the label keys: each shows
 * its digit and name and, through the browser's list, whether the focused sentence has it. A click
 * acts on the focused sentence like the key. Where the user may not change labels the buttons are
 * disabled and the reason is shown beside them and on hover.
 */
public final class LabelBar extends Div {

    private final List<Button> buttons = new ArrayList<>();
    private final Span reason = new Span();

    /** @param noneText the "0" button's text, such as "No label" */
    public LabelBar(List<Label> labels, String noneText) {
        addClassName("label-bar");
        for (var label : labels) {
            var button = new Button((label.hotkey() == null ? "" : label.hotkey() + "  ") + label.name());
            button.addClassName("label-button");
            button.getStyle().set("--chip-color", label.color()).set("--chip-text", ChipColors.textOn(label.color()));
            button.getElement().setAttribute("title", label.description());
            button.getElement().setAttribute("data-label", label.key());
            button.getElement().setAttribute("data-action", "label:" + label.key());
            button.getElement().setAttribute("aria-pressed", "false");
            buttons.add(button);
            add(button);
        }
        var none = new Button("0  " + noneText);
        none.addClassName("label-button");
        none.getElement().setAttribute("data-label", "");
        none.getElement().setAttribute("data-action", "0");
        none.getElement().setAttribute("aria-pressed", "false");
        buttons.add(none);
        add(none);
        reason.addClassName("label-bar-reason");
        reason.setVisible(false);
        add(reason);
    }

    /** Adds a button that is enabled and disabled together with the label buttons. */
    public void addAction(Button action) {
        buttons.add(action);
        addComponentAtIndex(indexOf(reason), action);
    }

    /** Adds a component after the buttons, such as a legend. */
    public void addAfter(Component component) {
        add(component);
    }

    /** Enables the buttons, or disables them and says why (null: the user may change labels). */
    public void setReadOnly(@Nullable String why) {
        buttons.forEach(button -> button.setEnabled(why == null));
        reason.setText(why == null ? "" : why);
        reason.setVisible(why != null);
        if (why == null) {
            getElement().removeAttribute("title");
        } else {
            // Disabled buttons take no pointer events, so the bar around them shows the reason on hover.
            getElement().setAttribute("title", why);
        }
    }

    public boolean isReadOnly() {
        return reason.isVisible();
    }

    /** Why the labels cannot change here, or an empty text when they can. */
    public String reason() {
        return reason.getText();
    }
}
