package dev.tagbench.export;

import dev.tagbench.extension.ExtensionRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    ExtensionRegistry<DatasetExporter> datasetExporters(ObjectProvider<DatasetExporter> exporters, Environment env) {
        return new ExtensionRegistry<>(
                "DatasetExporter", "exporter", exporters.orderedStream().toList(), env);
    }
}
