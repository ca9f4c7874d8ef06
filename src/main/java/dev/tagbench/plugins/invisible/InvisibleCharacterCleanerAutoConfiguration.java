package dev.tagbench.plugins.invisible;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link InvisibleCharacterCleaner}; unused with {@code tagbench.plugins.cleaner.invisible-characters.enabled=false}. */
@AutoConfiguration
public class InvisibleCharacterCleanerAutoConfiguration {

    @Bean
    InvisibleCharacterCleaner invisibleCharacterCleaner() {
        return new InvisibleCharacterCleaner();
    }
}
