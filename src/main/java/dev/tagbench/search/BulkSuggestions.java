package dev.tagbench.search;

/**
 * What turning a search into suggestions did.
 *
 * @param label       the suggested label's key
 * @param touched     sentences that now carry the suggestion
 * @param conflicting of those, sentences already decided without the label
 */
public record BulkSuggestions(String label, int touched, int conflicting) {}
