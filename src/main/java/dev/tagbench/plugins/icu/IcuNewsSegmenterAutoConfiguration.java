package dev.tagbench.plugins.icu;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link IcuNewsSegmenter}: unused with {@code tagbench.plugins.segmenter.icu-news.enabled=false}. */
@AutoConfiguration
public class IcuNewsSegmenterAutoConfiguration {

    @Bean
    IcuNewsSegmenter icuNewsSegmenter() {
        return new IcuNewsSegmenter();
    }
}
