package dev.tagbench.annotation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change.
 *
 * @param at           when
 * @param actor        who made the change (null: an account since deleted, or Tagbench itself)
 * @param annotator    whose labels changed, for curators' labels; null for final labels and events
 * @param kind         {@link HistoryKind#key()}
 * @param before       the labels before (null: undecided), or the state before
 * @param after        the labels after (null: withdrawn), or the state after
 * @param source       where it came from: UI, API, UNDO, SUGGESTION, SPLIT, MERGE, SCHEMA for curators'
 *                     labels; REVIEW, AGREED, IMPORT, SCHEMA for final labels; WORKFLOW for states
 * @param sentenceId   the sentence, or null for an article's state change
 * @param articleId    the article
 * @param articleTitle its title
 * @param detail       more words where labels do not tell it all: a rejection's comment, where a split was
 */
public record HistoryEntry(
        Instant at,
        @Nullable String actor,
        @Nullable String annotator,
        String kind,
        @Nullable List<String> before,
        @Nullable List<String> after,
        String source,
        @Nullable Long sentenceId,
        long articleId,
        String articleTitle,
        @Nullable String detail) {}
