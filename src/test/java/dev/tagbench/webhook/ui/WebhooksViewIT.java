package dev.tagbench.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.project.Project;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.webhook.WebhookEvent;
import dev.tagbench.webhook.WebhookService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@TagbenchViewTest
class WebhooksViewIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    WebhookService webhooks;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void a_manager_registers_sees_the_secret_once_and_a_refused_url_stores_nothing() {
        var project = data.project();
        var other = data.project();
        navigate(WebhooksView.class);
        ComboBox<Project> chooser = $(ComboBox.class).single();
        test(chooser).selectItem(project.name());
        CheckboxGroup<WebhookEvent> events = $(CheckboxGroup.class).single();

        test($(TextField.class).single()).setValue("http://169.254.169.254/latest/meta-data/");
        events.setValue(Set.of(WebhookEvent.EXPORT_CREATED));
        test($(Button.class).id("webhook-register")).click();
        assertThat(webhooks.list(data.admin(), project.id())).isEmpty();
        assertThat(secret()).isEmpty();

        test($(TextField.class).single()).setValue("http://127.0.0.1:9/hook");
        events.setValue(Set.of(WebhookEvent.EXPORT_CREATED, WebhookEvent.ARTICLE_APPROVED));
        test($(Button.class).id("webhook-register")).click();
        var listed = webhooks.list(data.admin(), project.id());
        assertThat(listed).hasSize(1);
        assertThat(listed.getFirst().events()).containsExactly("article.approved", "export.created");
        assertThat(secret()).contains("tbwh_").contains("not shown again");

        // Choosing the project again (or coming back) shows the secret no more.
        test(chooser).selectItem(other.name());
        test(chooser).selectItem(project.name());
        assertThat(secret()).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer1")
    void members_who_manage_nothing_are_told_so() {
        navigate(WebhooksView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("You manage no project"));
        assertThat($(Button.class).all())
                .noneMatch(button -> "webhook-register".equals(button.getId().orElse("")));
    }

    private String secret() {
        return $(Div.class).id("webhook-secret").getElement().getTextRecursively();
    }
}
