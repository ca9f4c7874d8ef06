package dev.tagbench.extension;

import dev.tagbench.user.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which plugins are installed and enabled, so API clients know the formats and tools available. */
@RestController
class PluginController {

    private final ExtensionCatalog catalog;
    private final CurrentUser currentUser;

    PluginController(ExtensionCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** Every user sees the plugins; only administrators see their implementation classes. */
    @GetMapping("/api/v1/plugins")
    List<InstalledExtension> plugins() {
        return catalog.installed(currentUser.require());
    }
}
