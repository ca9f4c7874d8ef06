package dev.tagbench.project.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import java.util.function.Consumer;

/** Asks for a project's name: for a new project, or a new name for an existing one. */
final class ProjectNameDialog extends Dialog {

    private final TextField name = new TextField("Name");

    /**
     * @param action stores the name; what it refuses (taken, empty, too long) shows at the field and
     *               the dialog stays open
     */
    ProjectNameDialog(String heading, String confirm, String current, Consumer<String> action) {
        setHeaderTitle(heading);
        name.setValue(current);
        name.setWidth("24rem");
        name.setMaxLength(200);
        name.setRequired(true);
        add(name);
        var ok = new Button(confirm, click -> {
            try {
                action.accept(name.getValue());
                close();
            } catch (InvalidInputException | ConflictException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), ok);
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                name.focus();
            }
        });
    }
}
