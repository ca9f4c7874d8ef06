package dev.tagbench.plugins.icu;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link IcuNewsSegmenter}; off with {@code tagbench.plugins.icu-news.enabled=false}. */
@AutoConfiguration
public class IcuNewsSegmenterAutoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "tagbench.plugins.icu-news", name = "enabled", matchIfMissing = true)
    IcuNewsSegmenter icuNewsSegmenter() {
        return new IcuNewsSegmenter();
    }
}
