package dev.tagbench.extension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * The enabled plugins of one extension point, in {@code @Order} order. Duplicate or malformed ids
 * stop the application at start-up rather than letting one plugin shadow another at run time.
 *
 * @param <T> the extension point
 */
public class ExtensionRegistry<T extends Extension> {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final String extensionPoint;
    private final Map<String, T> byId;
    private final List<T> ordered;

    public ExtensionRegistry(String extensionPoint, List<? extends T> extensions) {
        this.extensionPoint = extensionPoint;
        var sorted = new ArrayList<T>(extensions);
        AnnotationAwareOrderComparator.sort(sorted);
        var map = new LinkedHashMap<String, T>();
        for (var extension : sorted) {
            var id = extension.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException(extensionPoint + " " + extension.getClass().getName()
                        + " has an invalid id '" + id + "': use lower case letters, digits and dashes");
            }
            var previous = map.putIfAbsent(id, extension);
            if (previous != null) {
                throw new IllegalStateException("Two " + extensionPoint + " plugins have the id '" + id + "': "
                        + previous.getClass().getName() + " and " + extension.getClass().getName());
            }
        }
        this.byId = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    public String extensionPoint() {
        return extensionPoint;
    }

    /** All enabled plugins, in order. */
    public List<T> all() {
        return ordered;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The plugin with this id; fails with a message naming the installed ones if it is missing. */
    public T get(String id) {
        var extension = byId.get(id);
        if (extension == null) {
            throw new IllegalStateException("No " + extensionPoint + " plugin '" + id + "' is enabled; installed: "
                    + byId.keySet());
        }
        return extension;
    }
}
