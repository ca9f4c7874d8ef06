package dev.tagbench.plugins.minilm;

import dev.tagbench.suggest.SentenceVectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the built-in {@link MiniLmSuggester}: unused with {@code tagbench.plugins.minilm.enabled=false}.
 * The embedding model itself is loaded only when a sentence is first embedded.
 */
@AutoConfiguration
public class MiniLmSuggesterAutoConfiguration {

    @Bean
    MiniLmSuggester miniLmSuggester(SentenceVectors vectors) {
        return new MiniLmSuggester(vectors, new MiniLmEncoder(), new LogisticTrainer());
    }
}
