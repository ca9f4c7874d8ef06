package dev.tagbench.plugins.parquet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@link ParquetExporter}; switched off with {@code tagbench.plugins.exporter.parquet.enabled=false},
 * which the exporter registry applies.
 */
@AutoConfiguration
public class ParquetExporterAutoConfiguration {

    @Bean
    ParquetExporter parquetExporter() {
        return new ParquetExporter();
    }
}
