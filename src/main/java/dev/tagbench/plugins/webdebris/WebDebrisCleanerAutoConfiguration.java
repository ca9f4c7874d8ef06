package dev.tagbench.plugins.webdebris;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link WebDebrisCleaner}: unused with {@code tagbench.plugins.cleaner.web-debris.enabled=false}. */
@AutoConfiguration
public class WebDebrisCleanerAutoConfiguration {

    @Bean
    WebDebrisCleaner webDebrisCleaner() {
        return new WebDebrisCleaner();
    }
}
