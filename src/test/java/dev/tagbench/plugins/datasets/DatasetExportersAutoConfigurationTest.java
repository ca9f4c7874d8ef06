package dev.tagbench.plugins.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.DatasetExporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DatasetExportersAutoConfigurationTest {

    @Test
    void registers_the_three_exporters() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DatasetExportersAutoConfiguration.class))
                .run(context -> assertThat(
                                context.getBeansOfType(DatasetExporter.class).values())
                        .extracting(DatasetExporter::id)
                        .containsExactlyInAnyOrder("jsonl", "csv", "hf"));
    }

    @Test
    void is_listed_in_the_auto_configuration_imports() {
        var candidates =
                ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader());

        assertThat(candidates.getCandidates()).contains(DatasetExportersAutoConfiguration.class.getName());
    }
}
