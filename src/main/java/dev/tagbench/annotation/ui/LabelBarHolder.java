package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The place above a sentence list that holds the label bar of the article shown (each article brings
 * its project's labels), and the one answer to "may labels change here?" for keys and clicks alike.
 */
public final class LabelBarHolder extends Div {

    private LabelBar bar = new LabelBar(List.of(), "No label");

    public LabelBarHolder() {
        addClassName("label-bar-holder");
        setWidthFull();
    }

    /** Shows this bar in place of the one before. */
    public void show(LabelBar shown) {
        bar = shown;
        removeAll();
        add(shown);
    }

    /** Enables the bar, or disables it and says why (null: the user may change labels). */
    public void setReadOnly(@Nullable String why) {
        bar.setReadOnly(why);
    }

    /** Whether the user may change labels here; tells them why not when they may not. */
    public boolean mayEdit() {
        if (bar.isReadOnly()) {
            Notification.show(bar.reason());
            return false;
        }
        return true;
    }
}
