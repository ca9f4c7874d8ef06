package dev.tagbench.extension;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Refuses plugin switches Tagbench no longer reads, so a plugin an operator switched off is never
 * silently back on. Switches used to be {@code tagbench.plugins.<id>.enabled}, read by id alone, and
 * one switch then turned off every plugin of that id: the {@code csv} importer and the {@code csv}
 * exporter together. Since switches name their extension point, the old form is refused at start
 * with the properties to use instead, and so is a switch naming an extension point that does not
 * exist.
 */
final class PluginSwitches {

    private PluginSwitches() {}

    /**
     * @param switchNames the switch name of every extension point, with the ids of its plugins
     * @throws ObsoletePluginSwitchException naming each refused property and what to write instead
     */
    static void check(Environment environment, Map<String, List<String>> switchNames) {
        var problems = new TreeMap<String, String>();
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(PluginSwitches::isSwitch).forEach(name -> {
                var point = name.getElement(2, Form.UNIFORM);
                if (name.getNumberOfElements() == 4) {
                    problems.put(name.toString(), insteadOfOldForm(name.getElement(2, Form.DASHED), switchNames));
                } else if (!switchNames.containsKey(point)) {
                    problems.put(
                            name.toString(),
                            "'" + point + "' is not an extension point; use one of " + points(switchNames));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ObsoletePluginSwitchException(problems);
        }
    }

    /** {@code tagbench.plugins.<x>.enabled} or {@code tagbench.plugins.<x>.<y>.enabled}. */
    private static boolean isSwitch(ConfigurationPropertyName name) {
        var elements = name.getNumberOfElements();
        return (elements == 4 || elements == 5)
                && name.getElement(0, Form.UNIFORM).equals("tagbench")
                && name.getElement(1, Form.UNIFORM).equals("plugins")
                && name.getLastElement(Form.UNIFORM).equals("enabled");
    }

    private static String insteadOfOldForm(String id, Map<String, List<String>> switchNames) {
        // Environment variables lose the dashes of an id (WEBDEBRIS), so ids are matched without them.
        var uniform = id.replace("-", "");
        var properties = new LinkedHashSet<String>();
        switchNames.forEach((point, ids) -> ids.stream()
                .filter(candidate -> candidate.replace("-", "").equals(uniform))
                .forEach(candidate -> properties.add(ExtensionRegistry.switchProperty(point, candidate))));
        if (properties.isEmpty()) {
            return "switches name their extension point now: use tagbench.plugins.<extension-point>." + id
                    + ".enabled, where the extension point is one of " + points(switchNames);
        }
        return "switches name their extension point now, as plugins of different extension points may share an"
                + " id: use " + String.join(" or ", new ArrayList<>(properties))
                + (properties.size() > 1 ? " (one switch per plugin)" : "");
    }

    private static String points(Map<String, List<String>> switchNames) {
        return switchNames.keySet().stream().collect(Collectors.joining(", "));
    }
}
