package dev.tagbench.extension;

import dev.tagbench.user.AppUser;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Every installed plugin of every extension point. Knowing them all, it also refuses plugin
 * switches that no longer work ({@link PluginSwitches}) when the application starts.
 */
@Service
public class ExtensionCatalog {

    private final List<ExtensionRegistry<?>> registries;

    ExtensionCatalog(List<ExtensionRegistry<?>> registries, Environment environment) {
        this.registries = registries;
        var switchNames = new LinkedHashMap<String, List<String>>();
        registries.stream()
                .sorted(Comparator.comparing(ExtensionRegistry::switchName))
                .forEach(registry -> switchNames.put(
                        registry.switchName(),
                        registry.installed().stream()
                                .map(InstalledExtension::id)
                                .toList()));
        PluginSwitches.check(environment, switchNames);
    }

    /**
     * The installed plugins: every user may see which formats and tools there are, only
     * administrators see the classes that implement them.
     */
    public List<InstalledExtension> installed(AppUser actor) {
        return registries.stream()
                .flatMap(registry -> registry.installed().stream())
                .map(plugin -> actor.admin()
                        ? plugin
                        : new InstalledExtension(
                                plugin.extensionPoint(),
                                plugin.id(),
                                plugin.name(),
                                plugin.version(),
                                plugin.enabled(),
                                "",
                                plugin.enabledProperty()))
                .sorted(Comparator.comparing(InstalledExtension::extensionPoint).thenComparing(InstalledExtension::id))
                .toList();
    }
}
