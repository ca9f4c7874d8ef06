package dev.tagbench.extension;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which plugins are installed and enabled, so API clients know the formats and tools available. */
@RestController
class PluginController {

    private final ExtensionCatalog catalog;

    PluginController(ExtensionCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/plugins")
    List<InstalledExtension> plugins() {
        return catalog.installed();
    }
}
