package dev.tagbench.plugins.datasets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the built-in dataset exporters: {@link JsonlExporter}, {@link CsvExporter} and
 * {@link HuggingFaceExporter}. Each is switched off with {@code tagbench.plugins.exporter.<id>.enabled=false},
 * which the exporter registry applies, so no condition is needed here.
 */
@AutoConfiguration
public class DatasetExportersAutoConfiguration {

    @Bean
    JsonlExporter jsonlExporter() {
        return new JsonlExporter();
    }

    @Bean
    CsvExporter csvExporter() {
        return new CsvExporter();
    }

    @Bean
    HuggingFaceExporter huggingFaceExporter() {
        return new HuggingFaceExporter();
    }
}
