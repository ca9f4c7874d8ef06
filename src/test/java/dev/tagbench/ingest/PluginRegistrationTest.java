package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.export.DatasetExporter;
import dev.tagbench.extension.Extension;
import dev.tagbench.extension.ExtensionCatalog;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.extension.ObsoletePluginSwitchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;

/** Built-in plugins come in through the same auto-configuration file a third-party jar uses. */
class PluginRegistrationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(IngestConfiguration.class, load("dev.tagbench.export.ExportConfiguration"))
            .withConfiguration(AutoConfigurations.of(autoConfigurations()));

    @Test
    void every_built_in_ingest_plugin_is_registered_from_the_imports_file() {
        runner.run(context -> {
            assertThat(registry(context, ArticleImporter.class).all())
                    .extracting(ArticleImporter::id)
                    .containsExactlyInAnyOrder("text", "html", "jsonl", "csv");
            assertThat(registry(context, TextCleaner.class).all())
                    .extracting(TextCleaner::id)
                    .containsExactlyInAnyOrder("web-debris", "invisible-characters");
            assertThat(registry(context, SentenceSegmenter.class).all())
                    .extracting(SentenceSegmenter::id)
                    .containsExactly("icu-news");
        });
    }

    @Test
    void a_plugin_switched_off_by_its_property_stays_listed_but_is_not_used() {
        runner.withPropertyValues(
                        "tagbench.plugins.importer.html.enabled=false",
                        "tagbench.plugins.cleaner.web-debris.enabled=false")
                .run(context -> {
                    var importers = registry(context, ArticleImporter.class);
                    assertThat(importers.all()).extracting(ArticleImporter::id).doesNotContain("html");
                    assertThat(importers.installed())
                            .filteredOn(p -> p.id().equals("html"))
                            .extracting(InstalledExtension::enabled)
                            .containsExactly(false);
                    assertThat(registry(context, TextCleaner.class).all())
                            .extracting(TextCleaner::id)
                            .containsExactly("invisible-characters");
                });
    }

    @Test
    void switching_off_the_csv_importer_leaves_the_csv_exporter_on_and_the_other_way_round() {
        runner.withPropertyValues("tagbench.plugins.importer.csv.enabled=false").run(context -> {
            assertThat(registry(context, ArticleImporter.class).find("csv")).isEmpty();
            assertThat(registry(context, DatasetExporter.class).find("csv")).isPresent();
        });
        runner.withPropertyValues("tagbench.plugins.exporter.csv.enabled=false").run(context -> {
            assertThat(registry(context, ArticleImporter.class).find("csv")).isPresent();
            assertThat(registry(context, DatasetExporter.class).find("csv")).isEmpty();
            assertThat(registry(context, DatasetExporter.class).installed())
                    .filteredOn(p -> p.id().equals("csv"))
                    .extracting(InstalledExtension::enabledProperty)
                    .containsExactly("tagbench.plugins.exporter.csv.enabled");
        });
    }

    @Test
    void the_old_switch_by_id_alone_stops_the_start_naming_the_new_properties() {
        runner.withBean(ExtensionCatalog.class)
                .withPropertyValues("tagbench.plugins.csv.enabled=false")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(ObsoletePluginSwitchException.class)
                        .hasMessage("tagbench.plugins.csv.enabled is not read: switches name their extension point"
                                + " now, as plugins of different extension points may share an id: use"
                                + " tagbench.plugins.exporter.csv.enabled or tagbench.plugins.importer.csv.enabled"
                                + " (one switch per plugin)"));
        runner.withBean(ExtensionCatalog.class)
                .withPropertyValues("tagbench.plugins.importer.csv.enabled=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Extension> ExtensionRegistry<T> registry(ApplicationContext context, Class<T> type) {
        var name = context.getBeanNamesForType(ResolvableType.forClassWithGenerics(ExtensionRegistry.class, type))[0];
        return (ExtensionRegistry<T>) context.getBean(name);
    }

    private static Class<?>[] autoConfigurations() {
        try (var in = PluginRegistrationTest.class.getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PluginRegistrationTest::load)
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
