package dev.tagbench.examples.rss;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the importer with Tagbench. Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, exactly
 * like Tagbench's built-in plugins; {@code tagbench.plugins.importer.rss.enabled=false} switches it off.
 */
@AutoConfiguration
public class RssImporterAutoConfiguration {

    @Bean
    RssImporter rssImporter() {
        return new RssImporter();
    }
}
