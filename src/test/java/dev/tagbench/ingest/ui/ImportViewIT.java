package dev.tagbench.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import dev.tagbench.support.TagbenchViewTest;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@TagbenchViewTest
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
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_uploaded_file_read_in_an_assumed_encoding_is_reported_with_a_warning() throws InterruptedException {
        navigate(ImportView.class);
        var text = "Le ministre a annonc\u00e9 une aide de " + System.nanoTime() + " euros pour l'Ukraine. Les"
                + " d\u00e9put\u00e9s ont salu\u00e9 la d\u00e9cision, tandis que l'opposition a critiqu\u00e9 le"
                + " calendrier choisi par le gouvernement.";
        test($(Upload.class).single())
                .upload("latin1.txt", "text/plain", text.getBytes(Charset.forName("windows-1252")));
        Grid<ImportRow> grid = $(Grid.class).single();
        // The upload is imported in the background; its report arrives through the session's access
        // queue, which the test thread (holding the session lock, as a request would) has to run.
        var session = VaadinSession.getCurrent();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (test(grid).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0)).satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(ImportRow.Outcome.WARNING);
            assertThat(row.file()).isEqualTo("latin1.txt");
            assertThat(row.detail())
                    .isEqualTo("not valid UTF-8 (byte 0xE9 at offset 20): read as windows-1252 (Western European);"
                            + " if accented letters look wrong, save the file as UTF-8 and import it again");
        });
        assertThat(test(grid).getRow(1).outcome()).isEqualTo(ImportRow.Outcome.IMPORTED);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("warning");
    }

    @Test
    @WithUserDetails("reviewer1")
    void members_who_manage_nothing_are_told_so() {
        navigate(ImportView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("You manage no project"));
    }
}
