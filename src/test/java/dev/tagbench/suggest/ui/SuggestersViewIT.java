package dev.tagbench.suggest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tagbench.project.Project;
import dev.tagbench.suggest.SuggesterInfo;
import dev.tagbench.suggest.SuggesterService;
import dev.tagbench.suggest.SuggestionSettingsService;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@TagbenchViewTest
class SuggestersViewIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    SuggesterService suggesters;

    @Autowired
    SuggestionSettingsService settings;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void a_manager_writes_rules_has_a_bad_pattern_refused_and_decides_who_sees_suggestions() {
        var project = data.project();
        navigate(SuggestersView.class);
        ComboBox<Project> chooser = $(ComboBox.class).single();
        test(chooser).selectItem(project.name());
        assertThat($(Paragraph.class).id("curators-see-reason").getText())
                .contains("Curators do not see suggestions now")
                .contains("bias their agreement");

        test(area("Attack report: keywords")).setValue("missile attack\ndrone strike");
        test(checkbox("Use keywords and patterns in this project")).click();
        test($(Button.class).id("rules-save")).click();
        var rules = rules(project);
        assertThat(rules.enabled()).isTrue();
        assertThat(rules.settings().at("/rules/0/keywords").valueStream().map(k -> k.asString()))
                .containsExactly("missile attack", "drone strike");

        test(area("Pledge: patterns")).setValue("(?=pledge)");
        test($(Button.class).id("rules-save")).click();
        assertThat(rules(project).settings())
                .as("a refused pattern stores nothing")
                .isEqualTo(rules.settings());

        RadioButtonGroup<String> curators = $(RadioButtonGroup.class).single();
        test(curators).selectItem("Show to curators");
        test($(Button.class).id("suggestion-settings-save")).click();
        assertThat(settings.settings(data.admin(), project.id()).curatorsSee()).isTrue();
    }

    @Test
    @WithUserDetails("reviewer1")
    void members_who_manage_nothing_are_told_so() {
        navigate(SuggestersView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("You manage no project"));
    }

    private Checkbox checkbox(String label) {
        return $(Checkbox.class).all().stream()
                .filter(box -> label.equals(box.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    private TextArea area(String label) {
        return $(TextArea.class).all().stream()
                .filter(area -> label.equals(area.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    private SuggesterInfo rules(Project project) {
        return suggesters.suggesters(data.admin(), project.id()).stream()
                .filter(info -> info.id().equals("rules"))
                .findFirst()
                .orElseThrow();
    }
}
