package dev.tagbench.project.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * A project's guidelines and each label's description, as curators and reviewers read them while
 * they work. Opened with {@code g} in the workbench and the review view.
 */
public final class GuidelinesDialog extends Dialog {

    /** Opens the project's guidelines, unless they are open already (pressing g twice opens one). */
    public static void open(@Nullable Project project) {
        if (project == null) {
            return; // no article shown yet: nothing to guide
        }
        var ui = UI.getCurrent();
        var shown = ComponentUtil.getData(ui, GuidelinesDialog.class);
        if (shown == null || !shown.isOpened()) {
            var dialog = new GuidelinesDialog(project);
            ComponentUtil.setData(ui, GuidelinesDialog.class, dialog);
            dialog.open();
        }
    }

    private GuidelinesDialog(Project project) {
        setHeaderTitle("Guidelines · " + project.name());
        addClassName("guidelines-dialog");
        setWidth("min(48rem, 95vw)");
        if (project.guidelines().isBlank()) {
            add(new Paragraph(
                    "This project has no guidelines yet; the label descriptions below say when each applies."));
        } else {
            add(new MarkdownText(project.guidelines()));
        }
        add(new H3("Labels"));
        for (var label : project.labels()) {
            var chip = new Span(label.name());
            chip.addClassName("chip");
            chip.getStyle().set("--chip-color", label.color());
            var key = new Span(label.hotkey() == null ? "" : "key " + label.hotkey());
            key.addClassName("shortcut-key");
            var row = new Div(chip, key, new MarkdownText(label.description()));
            row.addClassName("guideline-label");
            add(row);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
