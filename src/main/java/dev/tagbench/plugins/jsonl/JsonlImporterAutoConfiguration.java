package dev.tagbench.plugins.jsonl;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link JsonlImporter}; unused with {@code tagbench.plugins.importer.jsonl.enabled=false}. */
@AutoConfiguration
public class JsonlImporterAutoConfiguration {

    @Bean
    JsonlImporter jsonlImporter() {
        return new JsonlImporter();
    }
}
