package dev.tagbench.ingest;

import dev.tagbench.extension.ExtensionRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The registries of the three ingest extension points, filled with every installed plugin. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ExtensionRegistry<ArticleImporter> articleImporters(ObjectProvider<ArticleImporter> importers, Environment env) {
        return new ExtensionRegistry<>(
                "ArticleImporter", "importer", importers.orderedStream().toList(), env);
    }

    @Bean
    ExtensionRegistry<TextCleaner> textCleaners(ObjectProvider<TextCleaner> cleaners, Environment env) {
        return new ExtensionRegistry<>(
                "TextCleaner", "cleaner", cleaners.orderedStream().toList(), env);
    }

    @Bean
    ExtensionRegistry<SentenceSegmenter> sentenceSegmenters(
            ObjectProvider<SentenceSegmenter> segmenters, Environment env) {
        return new ExtensionRegistry<>(
                "SentenceSegmenter", "segmenter", segmenters.orderedStream().toList(), env);
    }
}
