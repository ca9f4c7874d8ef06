package dev.tagbench.extension;

/**
 * One installed plugin as administrators see it.
 *
 * @param enabledProperty the property that switches it off, such as
 *                        {@code tagbench.plugins.importer.csv.enabled}
 */
public record InstalledExtension(
        String extensionPoint,
        String id,
        String name,
        String version,
        boolean enabled,
        String implementation,
        String enabledProperty) {}
