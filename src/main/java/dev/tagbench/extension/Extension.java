package dev.tagbench.extension;

/**
 * A plugin contributed to one of Tagbench's extension points.
 *
 * <p>Implementations are plain Spring beans. Built-in and third-party plugins register them the same
 * way: in an {@code @AutoConfiguration} listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}. The
 * registry of the extension point leaves a plugin unused when
 * {@code tagbench.plugins.<extension-point>.<id>.enabled} is {@code false} (extension points
 * {@code importer}, {@code cleaner}, {@code segmenter}, {@code suggester}, {@code exporter}), and
 * still lists it for administrators.
 */
public interface Extension {

    /**
     * A stable identifier, unique within its extension point. It is persisted (for example, which
     * segmenter split an article), so it must never change between versions of a plugin. Lower case
     * letters, digits and dashes.
     */
    String id();

    /** A short human-readable name, shown in the UI. */
    String name();

    /** The plugin's version, taken from its jar manifest when present. */
    default String version() {
        var version = getClass().getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}
