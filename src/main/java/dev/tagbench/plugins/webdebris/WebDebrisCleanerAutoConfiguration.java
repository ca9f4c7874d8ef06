package dev.tagbench.plugins.webdebris;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link WebDebrisCleaner}; off with {@code tagbench.plugins.web-debris.enabled=false}. */
@AutoConfiguration
public class WebDebrisCleanerAutoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "tagbench.plugins.web-debris", name = "enabled", matchIfMissing = true)
    WebDebrisCleaner webDebrisCleaner() {
        return new WebDebrisCleaner();
    }
}
