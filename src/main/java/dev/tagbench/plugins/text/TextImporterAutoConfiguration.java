package dev.tagbench.plugins.text;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link TextImporter}; off with {@code tagbench.plugins.text.enabled=false}. */
@AutoConfiguration
public class TextImporterAutoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "tagbench.plugins.text", name = "enabled", matchIfMissing = true)
    TextImporter textImporter() {
        return new TextImporter();
    }
}
