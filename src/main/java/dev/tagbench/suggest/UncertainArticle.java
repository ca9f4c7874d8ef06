package dev.tagbench.suggest;

/**
 * An article the model is unsure about.
 *
 * @param sentenceId  its most uncertain sentence
 * @param uncertainty of that sentence, from 0 (sure) to 1 (a coin toss): 1 − |2p − 1| for its least sure label
 */
public record UncertainArticle(long articleId, long sentenceId, double uncertainty) {}
