package dev.tagbench.ingest;

import dev.tagbench.extension.ExtensionRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registries of the three ingest extension points, filled with whatever plugins are enabled. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ExtensionRegistry<ArticleImporter> articleImporters(List<ArticleImporter> importers) {
        return new ExtensionRegistry<>("ArticleImporter", importers);
    }

    @Bean
    ExtensionRegistry<TextCleaner> textCleaners(List<TextCleaner> cleaners) {
        return new ExtensionRegistry<>("TextCleaner", cleaners);
    }

    @Bean
    ExtensionRegistry<SentenceSegmenter> sentenceSegmenters(List<SentenceSegmenter> segmenters) {
        return new ExtensionRegistry<>("SentenceSegmenter", segmenters);
    }
}
