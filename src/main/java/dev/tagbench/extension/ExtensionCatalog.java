package dev.tagbench.extension;

import dev.tagbench.user.AppUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Every installed plugin of every extension point. */
@Service
public class ExtensionCatalog {

    private final List<ExtensionRegistry<?>> registries;

    ExtensionCatalog(List<ExtensionRegistry<?>> registries) {
        this.registries = registries;
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
                                ""))
                .sorted(Comparator.comparing(InstalledExtension::extensionPoint).thenComparing(InstalledExtension::id))
                .toList();
    }
}
