package dev.tagbench.plugins.html;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link HtmlImporter}; unused with {@code tagbench.plugins.importer.html.enabled=false}. */
@AutoConfiguration
public class HtmlImporterAutoConfiguration {

    @Bean
    HtmlImporter htmlImporter() {
        return new HtmlImporter();
    }
}
