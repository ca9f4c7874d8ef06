package dev.tagbench.plugins.text;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link TextImporter}: unused with {@code tagbench.plugins.importer.text.enabled=false}. */
@AutoConfiguration
public class TextImporterAutoConfiguration {

    @Bean
    TextImporter textImporter() {
        return new TextImporter();
    }
}
