package dev.tagbench.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The project settings and the label schema editor without a browser: defaults, messages, conflicts, confirmation. */
@TagbenchViewTest
@WithUserDetails("admin")
class ProjectSettingsViewIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectSetupService setup;

    @Autowired
    AnnotationService annotations;

    @Autowired
    UserService users;

    Project project;

    @BeforeEach
    void createProject() {
        project = data.project();
    }

    @Test
    void a_new_label_gets_the_next_free_hotkey_an_unused_readable_colour_and_a_key_from_its_name() {
        open();
        click("Add label");
        assertThat(field("Hotkey").getValue()).isEqualTo("4");
        assertThat(editor().form().colour.getValue()).isEqualTo("#6a1b9a");
        test(field("Name")).setValue("Casualty claim (2)");
        assertThat(field("Key").getValue()).isEqualTo("casualty_claim_2");
        test(field("Key")).setValue("casualties");
        test(field("Name")).setValue("Casualties");
        assertThat(field("Key").getValue()).as("a typed key stays").isEqualTo("casualties");
        assertThat(field("Key").isReadOnly()).isFalse();

        click("Save");
        var saved = stored();
        assertThat(saved.labels().getLast()).isEqualTo(new Label("casualties", "Casualties", "#6a1b9a", "4", ""));
        assertThat(saved.schemaVersion()).isEqualTo(2);
        editor().select(3);
        assertThat(field("Key").isReadOnly())
                .as("a stored key is the label's id")
                .isTrue();
    }

    @Test
    void bad_fields_get_their_message_at_the_field_and_nothing_is_stored() {
        open();
        click("Add label");
        test(field("Name")).setValue("Twice");
        test(field("Hotkey")).setValue("1");
        editor().select(0);
        test(field("Name")).setValue("");
        click("Save");

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("A name has 1 to 100 characters.");
        editor().select(3);
        assertThat(field("Hotkey").getErrorMessage()).isEqualTo("The hotkey 1 is used twice.");
        test(field("Hotkey")).setValue("5");
        assertThat(field("Hotkey").isInvalid())
                .as("a change clears its message")
                .isFalse();
        assertThat(stored()).isEqualTo(project);
    }

    @Test
    void a_schema_without_labels_is_refused_with_the_reason_above_the_list() {
        open();
        for (var i = 0; i < 3; i++) {
            editor().select(0);
            click("Remove label");
        }
        click("Save");
        assertThat($(Span.class).withClassName("label-schema-problem").single().getText())
                .isEqualTo("A project needs at least one label.");
        assertThat(stored().labels()).hasSize(3);
    }

    @Test
    void moving_labels_up_and_down_changes_only_their_order() {
        open();
        editor().select(2);
        click("Move up");
        click("Move up");
        click("Move down");
        assertThat(editor().labels()).extracting(Label::key).containsExactly("pledge", "troop_claim", "attack_report");
        click("Save");
        assertThat(stored().labels()).extracting(Label::key).containsExactly("pledge", "troop_claim", "attack_report");
        assertThat(stored().labels().get(1)).isEqualTo(project.labels().get(2));
    }

    @Test
    void a_manager_whose_colleague_saved_first_is_told_and_keeps_the_edits() {
        open();
        setup.save(
                data.admin(),
                project.id(),
                new ProjectChanges(null, null, null, "# New rules", null, null),
                null,
                1,
                false);
        editor().select(0);
        test(field("Name")).setValue("Pledge of aid");
        click("Save");

        assertThat($(Notification.class).last().getElement().getTextRecursively())
                .contains("changed since you read them (version 1, now 2)", "Your edits stay here");
        assertThat(field("Name").getValue()).isEqualTo("Pledge of aid");
        assertThat(stored().label("pledge").orElseThrow().name()).isEqualTo("Pledge");
        assertThat(stored().guidelines()).isEqualTo("# New rules");
    }

    @Test
    void removing_a_label_in_use_asks_first_and_saves_only_once_confirmed() {
        open();
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var sentence = data.sentenceIds(data.article(project)).getFirst();
        annotations.setLabels(curator, sentence, List.of("troop_claim"), null, ChangeSource.API);
        editor().select(2);
        click("Remove label");
        click("Save");

        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).startsWith("'Troop claim' is used in 1 curator decision.");
        assertThat(stored().labels()).hasSize(3);
        test(confirm).confirm();
        assertThat(stored().labels()).extracting(Label::key).containsExactly("pledge", "attack_report");
    }

    @Test
    void guidelines_show_as_safe_markdown_while_they_are_written() {
        open();
        test($(TextArea.class).withCaption("Guidelines").single()).setValue("# Rules\n\n<script>alert(1)</script>");
        var preview = $(Html.class).last().getInnerHtml();
        assertThat(preview).contains("<h1>Rules</h1>", "&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    @WithUserDetails("curator1")
    void a_curator_is_told_that_settings_are_for_managers() {
        data.member(project, users.findByUsername(data.admin(), "curator1").orElseThrow(), ProjectRole.ANNOTATOR);
        open();
        assertThat($(Paragraph.class).last().getText()).contains("needs the role");
        assertThat($(Button.class).withText("Add label").exists()).isFalse();
    }

    private void open() {
        navigate("projects/" + project.id(), ProjectSettingsView.class);
    }

    private LabelSchemaEditor editor() {
        return $(LabelSchemaEditor.class).single();
    }

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    private void click(String button) {
        test($(Button.class).withText(button).single()).click();
    }

    private Project stored() {
        return projects.get(data.admin(), project.id());
    }
}
