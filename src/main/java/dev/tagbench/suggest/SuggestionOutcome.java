package dev.tagbench.suggest;

/**
 * What curators did with the suggestions of one label they were shown.
 *
 * @param accepted the curator's labels have it (taken with the accept key or chosen by hand)
 * @param changed  taken with the accept key, then the curator changed the sentence's labels
 * @param rejected the curator decided the sentence without it
 */
public record SuggestionOutcome(String label, int accepted, int changed, int rejected) {}
