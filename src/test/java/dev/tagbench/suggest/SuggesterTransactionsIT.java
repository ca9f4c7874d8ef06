package dev.tagbench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Training takes a minute and suggesters run under a time limit: Tagbench calls them holding no
 * database transaction and no connection. A probe suggester notes, on every call, whether the
 * calling thread holds either.
 */
@TagbenchIntegrationTest
@Import(SuggesterTransactionsIT.ProbeConfiguration.class)
class SuggesterTransactionsIT {

    @TestConfiguration
    static class ProbeConfiguration {

        @Bean
        Probe probeSuggester(DataSource dataSource) {
            return new Probe(dataSource);
        }
    }

    /** A model of nothing: the probe suggests from the text alone. */
    record Nothing() implements TrainedModel {

        @Override
        public byte[] toBytes() {
            return new byte[] {1};
        }

        @Override
        public Set<String> labels() {
            return Set.of("pledge");
        }
    }

    /** Learns nothing: suggests "pledge" where a sentence says "pledged", and notes how it was called. */
    static final class Probe implements LabelSuggester {

        private final DataSource dataSource;
        final Set<String> calls = ConcurrentHashMap.newKeySet();
        final List<String> heldSomething = new CopyOnWriteArrayList<>();

        Probe(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        private void note(String call) {
            calls.add(call);
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || TransactionSynchronizationManager.hasResource(dataSource)) {
                heldSomething.add(call + " on " + Thread.currentThread().getName());
            }
        }

        @Override
        public String id() {
            return "probe";
        }

        @Override
        public String name() {
            return "Probe";
        }

        @Override
        public boolean trainable() {
            return true;
        }

        @Override
        public TrainedModel train(TrainingContext context, List<LabelledSentence> examples) {
            note("train");
            return new Nothing();
        }

        @Override
        public TrainedModel readModel(byte[] bytes) {
            note("readModel");
            return new Nothing();
        }

        @Override
        public List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences) {
            note("suggest");
            return sentences.stream()
                    .filter(sentence -> sentence.text().contains("pledged"))
                    .map(sentence -> new Suggestion(sentence.sentenceId(), "pledge", 0.9, "probe"))
                    .toList();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Probe probe;

    @Test
    void training_reading_a_model_and_suggesting_hold_no_transaction_and_no_connection() {
        var fx = new SuggestFixture(context, 1);
        for (var i = 0; i < 3; i++) {
            fx.approved();
        }
        var open = fx.article();
        var manager = new ApiClient(port, fx.manager.username(), TestData.PASSWORD);

        assertThat(manager.post("/api/v1/projects/" + fx.project.id() + "/suggesters/probe/train", "")
                        .status())
                .isEqualTo(202);
        var ready = SuggestFixture.awaitStatus(manager, fx.project.id(), "probe", "ready");
        assertThat(ready.get("trainedOn").asInt()).isEqualTo(9);
        var shown = manager.get("/api/v1/articles/" + open + "/suggestions");
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.body()).contains("\"suggester\":\"probe\"");

        // Training fits (train) and scores the open articles (suggest) on the job's thread; the
        // request reads the stored model (readModel) on its own thread.
        assertThat(probe.calls).contains("train", "suggest", "readModel");
        assertThat(probe.heldSomething).isEmpty();
    }
}
