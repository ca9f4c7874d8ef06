package dev.tagbench.article;

/**
 * One sentence of an article: {@code article.text().substring(start, end)} equals {@code text}.
 *
 * @param index position in the article, from 0
 */
public record Sentence(long id, int index, int start, int end, String text) {}
