package dev.tagbench.suggest;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what curators were shown and what they accepted, each in a transaction of its own: the
 * suggestion service itself runs outside one, as it calls suggesters and writes labels one by one.
 */
@Service
class SuggestionRecords {

    private final SuggestionLog log;

    SuggestionRecords(SuggestionLog log) {
        this.log = log;
    }

    @Transactional
    void shown(long userId, List<SentenceSuggestions> suggestions) {
        log.shown(userId, suggestions);
    }

    @Transactional
    void accepted(long userId, Collection<Long> sentenceIds) {
        log.accepted(userId, sentenceIds);
    }
}
