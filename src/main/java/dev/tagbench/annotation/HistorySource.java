package dev.tagbench.annotation;

import java.util.Collection;
import java.util.List;

/**
 * History kept by a feature above this one (review: final labels), read into the same timeline as
 * the curators' labels. Implementations run inside the transaction of {@link HistoryService}, which
 * has checked that the viewer may see it: they are asked only for viewers who see final labels.
 */
public interface HistorySource {

    /** The entries of these sentences of one article, in any order. */
    List<HistoryEntry> forSentences(long articleId, String articleTitle, Collection<Long> sentenceIds);

    /** The project's latest entries, newest first, at most {@code limit}. */
    List<HistoryEntry> latest(long projectId, int limit);
}
