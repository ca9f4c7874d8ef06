package dev.tagbench.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.support.TagbenchIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@TagbenchIntegrationTest
class ImportViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void pasted_text_is_imported_with_its_title_and_reported() {
        navigate(ImportView.class);
        var unique = "Pasted " + System.nanoTime();
        test($(TextField.class).single()).setValue(unique);
        test($(TextArea.class).single()).setValue("The ministry pledged support.\n\nA second paragraph follows here.");
        test($(Button.class).withText("Import text").single()).click();
        Grid<ImportRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        var row = test(grid).getRow(0);
        assertThat(row.outcome()).isEqualTo(ImportRow.Outcome.IMPORTED);
        assertThat(row.detail()).isEqualTo(unique + " (2 sentences)");
        assertThat(row.articleId()).isNotNull();
        assertThat($(TextArea.class).single().getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer1")
    void members_who_manage_nothing_are_told_so() {
        navigate(ImportView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("You manage no project"));
    }
}
