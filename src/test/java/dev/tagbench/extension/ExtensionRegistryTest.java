package dev.tagbench.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class ExtensionRegistryTest {

    record Plugin(String id) implements Extension {
        @Override
        public String name() {
            return "Plugin " + id;
        }
    }

    @Order(1)
    record First(String id) implements Extension {
        @Override
        public String name() {
            return "first";
        }
    }

    private final MockEnvironment env = new MockEnvironment();

    @Test
    void a_plugin_switched_off_is_listed_as_installed_but_never_used() {
        env.setProperty("tagbench.plugins.thing.off.enabled", "false");
        var registry = new ExtensionRegistry<>("Thing", "thing", List.of(new Plugin("on"), new Plugin("off")), env);
        assertThat(registry.all()).extracting(Extension::id).containsExactly("on");
        assertThat(registry.find("off")).isEmpty();
        assertThat(registry.installed())
                .extracting(InstalledExtension::id, InstalledExtension::enabled, InstalledExtension::enabledProperty)
                .containsExactly(
                        tuple("on", true, "tagbench.plugins.thing.on.enabled"),
                        tuple("off", false, "tagbench.plugins.thing.off.enabled"));
    }

    @Test
    void the_switch_of_one_extension_point_leaves_a_plugin_of_the_same_id_elsewhere_alone() {
        env.setProperty("tagbench.plugins.importer.csv.enabled", "false");
        var importers = new ExtensionRegistry<>("ArticleImporter", "importer", List.of(new Plugin("csv")), env);
        var exporters = new ExtensionRegistry<>("DatasetExporter", "exporter", List.of(new Plugin("csv")), env);
        assertThat(importers.find("csv")).isEmpty();
        assertThat(exporters.find("csv")).isPresent();
    }

    @Test
    void reads_switches_from_environment_variables_with_or_without_the_dashes_of_an_id() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("TAGBENCH_PLUGINS_CLEANER_WEBDEBRIS_ENABLED", "false")));
        ConfigurationPropertySources.attach(environment);
        var cleaners = new ExtensionRegistry<>(
                "TextCleaner", "cleaner", List.of(new Plugin("web-debris"), new Plugin("other")), environment);
        assertThat(cleaners.all()).extracting(Extension::id).containsExactly("other");
    }

    @Test
    void orders_plugins_by_their_order_annotation() {
        var registry =
                new ExtensionRegistry<Extension>("Thing", "thing", List.of(new Plugin("b"), new First("a")), env);
        assertThat(registry.all()).extracting(Extension::id).containsExactly("a", "b");
    }

    @Test
    void fails_fast_on_two_plugins_with_one_id() {
        assertThatThrownBy(() ->
                        new ExtensionRegistry<>("Thing", "thing", List.of(new Plugin("same"), new Plugin("same")), env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two Thing plugins have the id 'same'");
    }

    @Test
    void refuses_ids_that_are_not_lower_case_words() {
        assertThatThrownBy(() -> new ExtensionRegistry<>("Thing", "thing", List.of(new Plugin("Bad Id")), env))
                .hasMessageContaining("invalid id 'Bad Id'");
    }

    @Test
    void get_names_the_installed_plugins_when_an_id_is_missing() {
        var registry = new ExtensionRegistry<>("Thing", "thing", List.of(new Plugin("one")), env);
        assertThat(registry.find("one")).isPresent();
        assertThat(registry.find("two")).isEmpty();
        assertThatThrownBy(() -> registry.get("two")).hasMessageContaining("enabled: [one]");
    }
}
