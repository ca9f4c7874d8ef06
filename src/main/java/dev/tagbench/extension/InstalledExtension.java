package dev.tagbench.extension;

/** One installed plugin as administrators see it. */
public record InstalledExtension(
        String extensionPoint, String id, String name, String version, boolean enabled, String implementation) {}
