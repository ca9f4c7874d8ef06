package dev.tagbench.suggest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tagbench.project.Project;
import dev.tagbench.suggest.SuggesterInfo;
import dev.tagbench.suggest.SuggesterService;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The language model's settings as JSON in the Suggestions view: the key goes in, never comes out. */
@TagbenchViewTest
class SuggesterSettingsDialogIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    SuggesterService suggesters;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void a_manager_sets_the_model_server_and_key_and_sees_the_key_no_more() {
        var project = data.project();
        navigate(SuggestersView.class);
        ComboBox<Project> chooser = $(ComboBox.class).single();
        test(chooser).selectItem(project.name());
        Grid<SuggesterInfo> grid = $(Grid.class).single();
        var row = -1;
        for (var i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id().equals("llm")) {
                row = i;
            }
        }
        assertThat(row).as("the llm suggester is listed").isNotNegative();
        test((Button) test(grid).getCellComponent(row, 7)).click();

        test($(TextArea.class).id("suggester-settings-json"))
                .setValue("{\"baseUrl\": \"http://127.0.0.1:1/v1\", \"model\": \"m\", \"apiKey\": \"sk-secret\"}");
        test($(Button.class).id("suggester-settings-save")).click();
        var llm = llm(project);
        assertThat(llm.settings().get("baseUrl").asString()).isEqualTo("http://127.0.0.1:1/v1");
        assertThat(llm.settings().get("apiKeySet").asBoolean()).isTrue();
        assertThat(llm.settings().toString()).doesNotContain("sk-secret");

        test((Button) test(grid).getCellComponent(row, 7)).click();
        assertThat($(TextArea.class).id("suggester-settings-json").getValue())
                .contains("\"model\"")
                .doesNotContain("apiKey");
        // Saved again without the key: the stored key stays.
        test($(Button.class).id("suggester-settings-save")).click();
        assertThat(llm(project).settings().get("apiKeySet").asBoolean()).isTrue();
    }

    private SuggesterInfo llm(Project project) {
        return suggesters.suggesters(data.admin(), project.id()).stream()
                .filter(info -> info.id().equals("llm"))
                .findFirst()
                .orElseThrow();
    }
}
