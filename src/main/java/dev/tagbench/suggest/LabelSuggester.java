package dev.tagbench.suggest;

import dev.tagbench.extension.Extension;
import dev.tagbench.project.Label;
import java.util.List;

/**
 * Proposes labels for sentences before a curator decides, from rules or a trained model. Curators
 * see suggestions as hints; a suggestion is never stored as a curator's label by itself.
 */
public interface LabelSuggester extends Extension {

    /**
     * Suggests labels for a batch of sentences of one project.
     *
     * @param schema    the project's labels; suggest only their keys
     * @param sentences the sentences, at most a few hundred per call
     * @return any number of suggestions, in any order; none for a sentence means "no idea"
     */
    List<Suggestion> suggest(List<Label> schema, List<SentenceToLabel> sentences);

    /** Whether this suggester learns from the project's approved labels (and so needs training first). */
    default boolean trainable() {
        return false;
    }

    /** A sentence to suggest labels for. */
    record SentenceToLabel(long sentenceId, String text) {}

    /**
     * One proposed label.
     *
     * @param confidence between 0 and 1
     * @param reason     a short explanation shown to the curator, e.g. the matched phrase
     */
    record Suggestion(long sentenceId, String labelKey, double confidence, String reason) {}
}
