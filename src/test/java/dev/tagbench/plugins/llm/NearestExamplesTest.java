package dev.tagbench.plugins.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.suggest.LabelledSentence;
import dev.tagbench.suggest.SentenceEncoder;
import dev.tagbench.suggest.SentenceVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestExamplesTest {

    /** Sentences about aid point one way, attacks another, weather a third. */
    private static final SentenceEncoder TOPICS = new SentenceEncoder() {
        @Override
        public String modelVersion() {
            return "topics@1";
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            return texts.stream()
                    .map(text -> text.contains("aid")
                            ? new float[] {1, 0.1f, 0}
                            : text.contains("attack") ? new float[] {0, 1, 0.1f} : new float[] {0.1f, 0, 1})
                    .toList();
        }
    };

    private static final SentenceVectors DIRECT = (texts, encoder) -> encoder.encode(texts);

    private static LabelledSentence approved(long id, String text, String... labels) {
        return new LabelledSentence(id, id, text, List.of(labels));
    }

    private final List<LabelledSentence> approved = List.of(
            approved(1, "Rain is expected."),
            approved(2, "Japan pledged aid.", "pledge"),
            approved(3, "A drone attack hit the port.", "attack_report"),
            approved(4, "Sunny all week."),
            approved(5, "A missile attack killed two.", "attack_report"));

    @Test
    void each_sentence_gets_its_nearest_examples_in_turn() {
        var picked = new NearestExamples(DIRECT, TOPICS)
                .pick(approved, List.of("Canada pledged more aid.", "An attack on the bridge."), 2);
        assertThat(picked).extracting(LabelledSentence::sentenceId).containsExactly(2L, 3L);
    }

    @Test
    void a_sentence_asked_about_is_never_its_own_example_and_zero_means_none() {
        var nearest = new NearestExamples(DIRECT, TOPICS);
        assertThat(nearest.pick(approved, List.of("Japan pledged aid."), 1))
                .extracting(LabelledSentence::sentenceId)
                .doesNotContain(2L)
                .hasSize(1);
        assertThat(nearest.pick(approved, List.of("Japan pledged aid."), 0)).isEmpty();
    }

    @Test
    void without_an_encoder_the_latest_approved_sentences_are_the_examples() {
        assertThat(new NearestExamples(DIRECT, null).pick(approved, List.of("Anything."), 2))
                .extracting(LabelledSentence::sentenceId)
                .containsExactly(4L, 5L);
    }
}
