package dev.tagbench.plugins.rules;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the built-in {@link RuleSuggester}: unused with {@code tagbench.plugins.suggester.rules.enabled=false}. */
@AutoConfiguration
public class RuleSuggesterAutoConfiguration {

    @Bean
    RuleSuggester ruleSuggester() {
        return new RuleSuggester();
    }
}
