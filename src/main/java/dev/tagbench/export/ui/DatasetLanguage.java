package dev.tagbench.export.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.user.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The project's language as dataset cards declare it, edited where datasets are made; saved when
 * changed, refused (and put back) unless it is a BCP 47 tag.
 */
class DatasetLanguage extends TextField {

    private final ProjectSetupService setup;
    private final CurrentUser currentUser;
    private @Nullable Project project;

    DatasetLanguage(ProjectSetupService setup, CurrentUser currentUser) {
        super("Language of the texts");
        this.setup = setup;
        this.currentUser = currentUser;
        setId("dataset-language");
        setHelperText("BCP 47, e.g. en, uk, pt-BR");
        setWidth("10rem");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save(change.getValue());
            }
        });
    }

    void show(@Nullable Project chosen) {
        project = chosen;
        setValue(chosen == null ? "" : chosen.language());
    }

    private void save(String value) {
        var chosen = project;
        if (chosen == null) {
            return;
        }
        try {
            project = setup.save(currentUser.require(), chosen.id(), ProjectChanges.language(value), null, null, false);
            Notification.show("Dataset cards now declare " + project.language() + ".")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            setValue(chosen.language());
        }
    }
}
