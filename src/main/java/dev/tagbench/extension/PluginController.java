package dev.tagbench.extension;

import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which plugins are installed and enabled, so API clients know the formats and tools available. */
@Tag(name = "Plugins")
@RestController
class PluginController {

    private final ExtensionCatalog catalog;
    private final CurrentUser currentUser;

    PluginController(ExtensionCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** Every user sees the plugins; only administrators see their implementation classes. */
    @Operation(summary = "List the installed plugins")
    @GetMapping("/api/v1/plugins")
    List<InstalledExtension> plugins() {
        return catalog.installed(currentUser.require());
    }
}
