package dev.tagbench.annotation;

import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Suggested labels for the workbench and the review view. Implemented by a feature above this one
 * (suggestions), so the views can show and accept suggestions without this feature depending on it.
 * Suggestions are hints: they count as labels only once a curator accepts them, and an acceptance is
 * recorded with the source {@link ChangeSource#SUGGESTION}.
 */
public interface LabelSuggestions {

    /**
     * One suggested label.
     *
     * @param score  in [0, 1], at least the project's threshold
     * @param reason why, in a few words
     */
    record Suggested(String key, double score, String reason) {}

    /** How an acceptance of a whole article went: sentences that took suggestions, and those skipped. */
    record Accepted(int accepted, int skipped) {}

    /** Whether the actor sees suggestions on the article (and may ask for them). */
    boolean maySee(AppUser actor, long articleId);

    /**
     * The suggestions the actor may see, by sentence id, highest score first; sentences without any
     * are absent. A failing or slow suggester leaves its suggestions out rather than failing.
     *
     * @throws dev.tagbench.base.ForbiddenException when the actor may not see them
     */
    Map<Long, List<Suggested>> forArticle(AppUser actor, long articleId);

    /** Adds the sentence's suggestions to the curator's labels (curators of the project only). */
    SentenceLabels acceptSentence(AppUser actor, long sentenceId, @Nullable Integer expectedVersion);

    /** Takes the suggestions of every sentence the curator has not decided yet. */
    Accepted acceptAll(AppUser actor, long articleId);
}
