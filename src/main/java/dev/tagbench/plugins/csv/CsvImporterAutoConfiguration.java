package dev.tagbench.plugins.csv;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link CsvImporter}; unused with {@code tagbench.plugins.importer.csv.enabled=false}. */
@AutoConfiguration
public class CsvImporterAutoConfiguration {

    @Bean
    CsvImporter csvImporter() {
        return new CsvImporter();
    }
}
