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

    /** The sentence encoder, also for other suggesters that compare sentences by meaning (the llm one's examples). */
    @Bean
    MiniLmEncoder miniLmEncoder() {
        return new MiniLmEncoder();
    }

    @Bean
    MiniLmSuggester miniLmSuggester(ObjectProvider<SentenceVectors> store, MiniLmEncoder encoder) {
        SentenceVectors vectors = (texts, given) -> store.getObject().of(texts, given);
        return new MiniLmSuggester(vectors, encoder, new LogisticTrainer());
    }
}
