package dev.tagbench.extension.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.extension.ExtensionCatalog;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** Administrators' overview of every installed plugin, built in or from {@code plugins/}. */
@Route("admin/plugins")
@PageTitle("Plugins · Tagbench")
@RolesAllowed("ADMIN")
public class PluginsView extends VerticalLayout {

    public PluginsView(ExtensionCatalog catalog, CurrentUser currentUser) {
        setSizeFull();
        var grid = new Grid<InstalledExtension>();
        grid.addColumn(InstalledExtension::extensionPoint)
                .setHeader("Extension point")
                .setAutoWidth(true);
        grid.addColumn(InstalledExtension::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(InstalledExtension::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(InstalledExtension::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(plugin -> plugin.enabled() ? "enabled" : "disabled")
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(InstalledExtension::enabledProperty)
                .setKey("switch")
                .setHeader("Switch (property)")
                .setAutoWidth(true);
        grid.addColumn(InstalledExtension::implementation).setHeader("Class").setFlexGrow(2);
        grid.setItems(catalog.installed(currentUser.require()));
        grid.setSizeFull();
        add(
                new H2("Plugins"),
                new Paragraph("Switch a plugin off by setting its property (tagbench.plugins.<extension-point>.<id>"
                        + ".enabled, listed below) to false and restarting; add one by dropping its jar into plugins/"
                        + " next to the application and restarting."),
                grid);
    }
}
