package dev.tagbench.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class PluginSwitchesTest {

    private static final Map<String, List<String>> INSTALLED = installed();

    private static Map<String, List<String>> installed() {
        var points = new LinkedHashMap<String, List<String>>();
        points.put("importer", List.of("text", "csv"));
        points.put("cleaner", List.of("web-debris"));
        points.put("segmenter", List.of("icu-news"));
        points.put("suggester", List.of());
        points.put("exporter", List.of("jsonl", "csv"));
        return points;
    }

    @Test
    void the_old_switch_of_a_shared_id_is_refused_naming_both_new_ones() {
        var environment = new MockEnvironment().withProperty("tagbench.plugins.csv.enabled", "false");
        assertThatThrownBy(() -> PluginSwitches.check(environment, INSTALLED))
                .isInstanceOf(ObsoletePluginSwitchException.class)
                .hasMessage("tagbench.plugins.csv.enabled is not read: switches name their extension point now, as"
                        + " plugins of different extension points may share an id: use"
                        + " tagbench.plugins.importer.csv.enabled or tagbench.plugins.exporter.csv.enabled (one"
                        + " switch per plugin)");
    }

    @Test
    void an_old_switch_from_the_environment_is_refused_naming_the_dashed_id() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("TAGBENCH_PLUGINS_WEBDEBRIS_ENABLED", "false")));
        ConfigurationPropertySources.attach(environment);
        assertThatThrownBy(() -> PluginSwitches.check(environment, INSTALLED))
                .hasMessage("tagbench.plugins.webdebris.enabled is not read: switches name their extension point"
                        + " now, as plugins of different extension points may share an id: use"
                        + " tagbench.plugins.cleaner.web-debris.enabled");
    }

    @Test
    void an_old_switch_of_an_unknown_id_and_a_switch_of_an_unknown_extension_point_are_refused_together() {
        var environment = new MockEnvironment()
                .withProperty("tagbench.plugins.rss.enabled", "false")
                .withProperty("tagbench.plugins.importers.csv.enabled", "false");
        assertThatThrownBy(() -> PluginSwitches.check(environment, INSTALLED))
                .isInstanceOfSatisfying(
                        ObsoletePluginSwitchException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys(
                                        "tagbench.plugins.rss.enabled", "tagbench.plugins.importers.csv.enabled")
                                .containsEntry(
                                        "tagbench.plugins.rss.enabled",
                                        "switches name their extension point now: use"
                                                + " tagbench.plugins.<extension-point>.rss.enabled, where the extension point"
                                                + " is one of importer, cleaner, segmenter, suggester, exporter")
                                .containsEntry(
                                        "tagbench.plugins.importers.csv.enabled",
                                        "'importers' is not an extension point; use one of importer, cleaner, segmenter,"
                                                + " suggester, exporter"));
    }

    @Test
    void switches_that_name_their_extension_point_and_other_plugin_settings_are_fine() {
        var environment = new MockEnvironment()
                .withProperty("tagbench.plugins.importer.csv.enabled", "false")
                .withProperty("tagbench.plugins.exporter.rss.enabled", "true")
                .withProperty("tagbench.plugins.importer.rss.max-items", "50")
                .withProperty("tagbench.ingest.max-file-size", "20MB");
        assertThatCode(() -> PluginSwitches.check(environment, INSTALLED)).doesNotThrowAnyException();
    }

    @Test
    void a_refused_start_tells_the_operator_what_to_write_instead() {
        var refused = new ObsoletePluginSwitchException(
                Map.of("tagbench.plugins.csv.enabled", "use tagbench.plugins.importer.csv.enabled"));
        var analysis = new PluginSwitchFailureAnalyzer().analyze(new IllegalStateException("wrapped", refused));
        assertThat(analysis.getDescription())
                .contains("tagbench.plugins.csv.enabled is not read: use tagbench.plugins.importer.csv.enabled");
        assertThat(analysis.getAction()).contains("tagbench.plugins.<extension-point>.<id>.enabled");
    }
}
