package dev.tagbench.extension;

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

    public List<InstalledExtension> installed() {
        return registries.stream()
                .flatMap(registry -> registry.installed().stream())
                .sorted(Comparator.comparing(InstalledExtension::extensionPoint).thenComparing(InstalledExtension::id))
                .toList();
    }
}
