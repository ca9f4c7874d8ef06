package dev.tagbench.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tagbench.suggest.SuggesterInfo;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A suggester's settings as JSON, for suggesters without an editor of their own (the language
 * model's server, model and key). Secrets are never shown; leaving one out keeps the stored one.
 */
final class SettingsDialog extends Dialog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    SettingsDialog(SuggesterInfo info, Consumer<JsonNode> save) {
        setHeaderTitle(info.name() + ": settings");
        var shown = info.settings().deepCopy();
        if (shown.isObject()) {
            ((ObjectNode) shown).remove("apiKeySet");
        }
        var text = new TextArea("Settings (JSON)");
        text.setId("suggester-settings-json");
        text.setWidth("36em");
        text.setValue(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shown));
        add(
                new Paragraph(
                        info.settings().path("apiKeySet").asBoolean(false)
                                ? "An API key is stored; give \"apiKey\" only to replace it (\"\" removes it)."
                                : "Give \"apiKey\" if the server needs one; it is stored encrypted and not shown again."),
                text);
        var saveButton = new Button("Save", click -> {
            JsonNode settings;
            try {
                settings = JSON.readTree(text.getValue());
            } catch (JacksonException e) {
                Notification.show("The settings are not valid JSON.", 8000, Notification.Position.MIDDLE);
                return;
            }
            save.accept(settings);
            close();
        });
        saveButton.setId("suggester-settings-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
    }
}
