package dev.tagbench.plugins.llm;

import dev.tagbench.outbound.OutboundHttp;
import dev.tagbench.outbound.StoredSecrets;
import dev.tagbench.suggest.ApprovedExamples;
import dev.tagbench.suggest.SentenceEncoder;
import dev.tagbench.suggest.SentenceVectors;
import dev.tagbench.suggest.SuggesterNotes;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the built-in {@link LlmSuggester}: unused with {@code tagbench.plugins.suggester.llm.enabled=false}.
 * Its calls go through the outbound guard with their own allow-list,
 * {@code tagbench.plugins.suggester.llm.allowed-hosts}, as a model server usually runs inside the
 * organisation's network (Ollama on a neighbour machine) where webhook receivers must not reach.
 */
@AutoConfiguration
public class LlmSuggesterAutoConfiguration {

    @Bean(destroyMethod = "close")
    LlmSuggester llmSuggester(
            ObjectProvider<StoredSecrets> secrets,
            ObjectProvider<ApprovedExamples> examples,
            ObjectProvider<SentenceVectors> vectors,
            ObjectProvider<SentenceEncoder> encoder,
            ObjectProvider<SuggesterNotes> notes,
            @Value("${" + LlmSuggester.ALLOW_LIST + ":}") String allowedHosts,
            @Value("${tagbench.plugins.suggester.llm.max-concurrent:2}") int maxConcurrent,
            @Value("${tagbench.plugins.suggester.llm.cache-size:20000}") int cacheSize) {
        var parts = new LlmSuggester.Parts(
                secrets::getObject,
                examples::getObject,
                () -> new NearestExamples(vectors.getObject(), encoder.getIfAvailable()),
                notes::getObject);
        // Answers are small JSON; 1 MB is far beyond any article's labels.
        var http = new OutboundHttp(
                LlmSuggester.policy(allowedHosts), Duration.ofSeconds(3), 1024 * 1024, maxConcurrent * 2);
        return new LlmSuggester(parts, http, maxConcurrent, cacheSize);
    }
}
