package dev.tagbench.extension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;

/**
 * The plugins of one extension point, in {@code @Order} order. Every installed plugin is known (so
 * administrators can see it), but only those not switched off with
 * {@code tagbench.plugins.<extension-point>.<id>.enabled=false} are used. The switch names the
 * extension point because ids are unique only within one: the {@code csv} importer and the
 * {@code csv} exporter are two plugins with two switches. Duplicate or malformed ids stop the
 * application at start-up rather than letting one plugin shadow another at run time.
 *
 * @param <T> the extension point
 */
public class ExtensionRegistry<T extends Extension> {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern SWITCH_NAME = Pattern.compile("[a-z]+");

    private final String extensionPoint;
    private final String switchName;
    private final List<InstalledExtension> installed;
    private final Map<String, T> enabledById;
    private final List<T> enabled;

    /**
     * @param extensionPoint the interface's name, for people and messages ({@code ArticleImporter})
     * @param switchName     the extension point's word in the plugin switches ({@code importer}):
     *                       {@code tagbench.plugins.<switchName>.<id>.enabled}
     */
    public ExtensionRegistry(
            String extensionPoint, String switchName, List<? extends T> extensions, Environment environment) {
        if (!SWITCH_NAME.matcher(switchName).matches()) {
            throw new IllegalArgumentException("The switch name of " + extensionPoint + " is lower case letters");
        }
        this.extensionPoint = extensionPoint;
        this.switchName = switchName;
        var sorted = new ArrayList<T>(extensions);
        AnnotationAwareOrderComparator.sort(sorted);
        var byId = new LinkedHashMap<String, T>();
        var all = new ArrayList<InstalledExtension>();
        for (var extension : sorted) {
            var id = extension.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException(
                        extensionPoint + " " + extension.getClass().getName() + " has an invalid id '" + id
                                + "': use lower case letters, digits and dashes");
            }
            all.stream().filter(other -> other.id().equals(id)).findFirst().ifPresent(other -> {
                throw new IllegalStateException(
                        "Two " + extensionPoint + " plugins have the id '" + id + "': " + other.implementation()
                                + " and " + extension.getClass().getName());
            });
            var property = switchProperty(switchName, id);
            var on = environment.getProperty(property, Boolean.class, true);
            all.add(new InstalledExtension(
                    extensionPoint,
                    id,
                    extension.name(),
                    extension.version(),
                    on,
                    extension.getClass().getName(),
                    property));
            if (on) {
                byId.put(id, extension);
            }
        }
        this.installed = List.copyOf(all);
        this.enabledById = Map.copyOf(byId);
        this.enabled = List.copyOf(byId.values());
    }

    /** The property that switches a plugin of an extension point on or off. */
    public static String switchProperty(String switchName, String id) {
        return "tagbench.plugins." + switchName + "." + id + ".enabled";
    }

    public String extensionPoint() {
        return extensionPoint;
    }

    /** The extension point's word in plugin switches, such as {@code importer}. */
    public String switchName() {
        return switchName;
    }

    /** The enabled plugins, in order. */
    public List<T> all() {
        return enabled;
    }

    /** Every installed plugin, enabled or not, for the administrators' overview. */
    public List<InstalledExtension> installed() {
        return installed;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(enabledById.get(id));
    }

    /** The enabled plugin with this id; fails with a message naming the enabled ones if it is missing. */
    public T get(String id) {
        var extension = enabledById.get(id);
        if (extension == null) {
            throw new IllegalStateException(
                    "No enabled " + extensionPoint + " plugin '" + id + "'; enabled: " + enabledById.keySet());
        }
        return extension;
    }
}
