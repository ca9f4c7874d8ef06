package dev.tagbench.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import dev.tagbench.suggest.SuggestionSettings;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The project's suggestion settings: threshold, whether curators see suggestions (with the reason
 * for the automatic default) and active learning. Saving hands the values to the view.
 */
class SettingsForm extends VerticalLayout {

    /** The values to save; {@code curatorsSee} null for the automatic default. */
    record Values(double threshold, @Nullable Boolean curatorsSee, boolean activeLearning) {}

    private static final String AUTOMATIC = "Automatic";
    private static final String SHOW = "Show to curators";
    private static final String HIDE = "Hide from curators";

    private final NumberField threshold = new NumberField("Threshold");
    private final RadioButtonGroup<String> curators = new RadioButtonGroup<>("Curators see suggestions");
    private final Paragraph reason = new Paragraph();
    private final Checkbox activeLearning =
            new Checkbox("Active learning: Next article hands out the articles the model is least sure about");

    SettingsForm(Consumer<Values> save) {
        setPadding(false);
        threshold.setMin(0.05);
        threshold.setMax(1);
        threshold.setStep(0.05);
        threshold.setStepButtonsVisible(true);
        threshold.setHelperText("Suggestions scoring at least this are shown and accepted by \"accept all\".");
        curators.setItems(AUTOMATIC, SHOW, HIDE);
        reason.setId("curators-see-reason");
        reason.addClassName("hint");
        var button = new Button(
                "Save settings",
                click -> save.accept(new Values(
                        threshold.getValue() == null ? SuggestionSettings.DEFAULT_THRESHOLD : threshold.getValue(),
                        switch (curators.getValue() == null ? AUTOMATIC : curators.getValue()) {
                            case SHOW -> Boolean.TRUE;
                            case HIDE -> Boolean.FALSE;
                            default -> null;
                        },
                        activeLearning.getValue())));
        button.setId("suggestion-settings-save");
        add(threshold, curators, reason, activeLearning, button);
    }

    void show(SuggestionSettings settings) {
        threshold.setValue(settings.threshold());
        curators.setValue(
                settings.curatorsSeeChoice() == null ? AUTOMATIC : settings.curatorsSeeChoice() ? SHOW : HIDE);
        reason.setText(
                (settings.curatorsSee() ? "Curators see suggestions now. " : "Curators do not see suggestions now. ")
                        + settings.curatorsSeeReason());
        activeLearning.setValue(settings.activeLearning());
    }
}
