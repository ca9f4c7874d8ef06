package dev.tagbench.suggest;

import dev.tagbench.extension.Extension;
import dev.tagbench.project.Label;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Proposes labels for sentences before a curator decides, from rules or a trained model. Curators
 * see suggestions as hints; a suggestion becomes a curator's label only when the curator accepts it.
 *
 * <p>Tagbench calls {@link #suggest} on a worker thread with a time limit
 * ({@code tagbench.suggest.timeout}); a call that throws or overruns yields no suggestions from this
 * suggester for that request, and its status in the project tells why. A trainable suggester is
 * trained in a background job on the project's approved sentences only (never on a curator's
 * unreviewed labels); Tagbench stores the model it returns, measures its quality by training it
 * again on folds of the data (whole articles per fold) and hands the model back to {@link #suggest}.
 */
public interface LabelSuggester extends Extension {

    /**
     * Suggests labels for a batch of sentences of one project.
     *
     * @param context   the project's schema, this suggester's settings there and, for a trainable
     *                  suggester, the model of its latest training (null before the first)
     * @param sentences the sentences, at most a few hundred per call
     * @return any number of suggestions, in any order; none for a sentence means "no idea"
     */
    List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences);

    /** Whether this suggester learns from the project's approved labels (and so needs training first). */
    default boolean trainable() {
        return false;
    }

    /**
     * Learns from labelled sentences. Called in a background job, once for the model that is kept and
     * once per fold of the quality check, so it must not keep state between calls.
     *
     * @param examples approved sentences with their final labels (an empty list: explicitly none)
     * @throws NotEnoughExamplesException when the examples cannot make a useful model; the message
     *                                    tells the manager what is missing
     */
    default TrainedModel train(TrainingContext context, List<LabelledSentence> examples) {
        throw new UnsupportedOperationException(id() + " does not learn");
    }

    /** Reads back a model this suggester returned from {@link #train}, as {@link TrainedModel#toBytes()} wrote it. */
    default TrainedModel readModel(byte[] bytes) {
        throw new UnsupportedOperationException(id() + " does not learn");
    }

    /** Whether a project uses this suggester until a manager switches it off. */
    default boolean onByDefault() {
        return true;
    }

    /**
     * Checks a project's settings for this suggester before they are stored.
     *
     * @throws IllegalArgumentException with a message for the manager when they are not valid
     */
    default void checkSettings(JsonNode settings, List<Label> schema) {}

    /**
     * The settings as they are stored, from the checked settings a manager gave and those stored
     * before (an empty object when none): where a suggester encrypts a secret, or keeps the stored
     * one when the manager left it out.
     */
    default JsonNode storedSettings(JsonNode given, JsonNode previous) {
        return given;
    }

    /** The stored settings as the API and the UI show them: without secrets. */
    default JsonNode shownSettings(JsonNode stored) {
        return stored;
    }

    /**
     * How long one call to {@link #suggest} may take when that is longer than
     * {@code tagbench.suggest.timeout}, as for a suggester that asks a remote model; null for the
     * common limit.
     */
    default @Nullable Duration timeLimit() {
        return null;
    }

    /**
     * What produces this suggester's scores (algorithm, embedding model and their versions), kept
     * with every training and every suggestion shown, so a score can be traced to its model.
     */
    default String modelVersion() {
        return id() + "@" + version();
    }

    /**
     * The sentence encoder this suggester embeds sentences with, if any. Search uses the first enabled
     * suggester's encoder to find sentences that mean the same, over the vectors already stored.
     */
    default Optional<SentenceEncoder> encoder() {
        return Optional.empty();
    }

    /** A sentence to suggest labels for: its id and the clean text curators read. */
    record SentenceToLabel(long sentenceId, String text) {}

    /**
     * One proposed label.
     *
     * @param confidence between 0 and 1; for a trained suggester a calibrated probability
     * @param reason     a short explanation shown to the curator, e.g. the matched phrase
     */
    record Suggestion(long sentenceId, String labelKey, double confidence, String reason) {}
}
