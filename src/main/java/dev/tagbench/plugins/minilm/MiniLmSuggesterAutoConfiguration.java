package dev.tagbench.plugins.minilm;

import dev.tagbench.suggest.SentenceVectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the built-in {@link MiniLmSuggester}: unused with {@code tagbench.plugins.suggester.minilm.enabled=false}.
 * The embedding model itself is loaded only when a sentence is first embedded, and the vector store
 * is looked up only then, so the plugin registers in any context.
 */
@AutoConfiguration
public class MiniLmSuggesterAutoConfiguration {

    @Bean
    MiniLmSuggester miniLmSuggester(ObjectProvider<SentenceVectors> store) {
        SentenceVectors vectors = (texts, encoder) -> store.getObject().of(texts, encoder);
        return new MiniLmSuggester(vectors, new MiniLmEncoder(), new LogisticTrainer());
    }
}
