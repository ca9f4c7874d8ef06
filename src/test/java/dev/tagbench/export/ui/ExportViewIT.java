package dev.tagbench.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.DiffRow;
import dev.tagbench.export.ExportService;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.Datasets;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The export view's comparison of two exports, its byte-order-mark option and the dataset language. */
@TagbenchViewTest
class ExportViewIT extends SpringBrowserlessTest {

    @Autowired
    Datasets datasets;

    @Autowired
    ExportService exports;

    @Autowired
    ReviewService reviews;

    @Autowired
    ProjectService projects;

    @Autowired
    TestData data;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void a_manager_compares_two_exports_and_sees_the_corrected_row() throws IOException {
        var team = datasets.team();
        var article = datasets.approved(team, sentence -> List.of("pledge"));
        datasets.approved(team, sentence -> List.of());
        export(team.project());
        reviews.returnToReview(data.admin(), article, "The last sentence reports troops.");
        var sentences = data.sentenceIds(article);
        reviews.start(team.reviewer(), article);
        reviews.setFinal(team.reviewer(), article, sentences.getLast(), List.of("troop_claim"), null);
        reviews.approve(team.reviewer(), article);
        export(team.project());

        navigate(ExportView.class);
        ComboBox<Project> chooser = $(ComboBox.class).id("project-chooser");
        test(chooser).selectItem(team.project().name());
        test($(Button.class).id("diff-compare")).click();

        assertThat($(Span.class).id("diff-counts").getText()).endsWith("0 rows added, 0 removed, 1 changed.");
        Grid<DiffRow> grid = $(Grid.class).id("diff-rows");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(sentences.getLast());
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("pledge");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("troop_claim");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void the_byte_order_mark_is_offered_for_csv_only_and_the_language_is_saved_or_refused() {
        var project = data.project();
        navigate(ExportView.class);
        ComboBox<Project> chooser = $(ComboBox.class).id("project-chooser");
        test(chooser).selectItem(project.name());
        ComboBox<DatasetExporter> format = $(ComboBox.class).id("export-format");
        assertThat($(Checkbox.class).all())
                .noneMatch(box -> "export-bom".equals(box.getId().orElse("")));

        test(format).selectItem("CSV");
        var bom = $(Checkbox.class).id("export-bom");
        assertThat(bom.isVisible()).isTrue();
        test(format).selectItem("Apache Parquet");
        assertThat(bom.isVisible()).isFalse();

        var language = $(TextField.class).id("dataset-language");
        test(language).setValue("pt-BR");
        assertThat(projects.get(data.admin(), project.id()).language()).isEqualTo("pt-BR");
        test(language).setValue("Portuguese");
        assertThat(projects.get(data.admin(), project.id()).language()).isEqualTo("pt-BR");
        assertThat(language.getValue()).isEqualTo("pt-BR");
    }

    private void export(Project project) throws IOException {
        var plan = exports.prepare(data.admin(), project.id(), "jsonl", "80,10,10", 42);
        exports.write(plan, OutputStream.nullOutputStream());
    }
}
