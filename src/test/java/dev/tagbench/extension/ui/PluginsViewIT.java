package dev.tagbench.extension.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.support.TagbenchViewTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@TagbenchViewTest
class PluginsViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void shows_the_switch_of_each_plugin_so_the_csv_importer_and_exporter_have_their_own() {
        navigate(PluginsView.class);
        Grid<InstalledExtension> grid = $(Grid.class).single();
        var column = test(grid).getColumnPosition("switch");
        var switches = IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getRow(row).extensionPoint() + " "
                        + test(grid).getCellText(row, column))
                .toList();
        assertThat(switches)
                .contains(
                        "ArticleImporter tagbench.plugins.importer.csv.enabled",
                        "DatasetExporter tagbench.plugins.exporter.csv.enabled",
                        "TextCleaner tagbench.plugins.cleaner.web-debris.enabled",
                        "SentenceSegmenter tagbench.plugins.segmenter.icu-news.enabled");
    }
}
