package dev.tagbench.article;

/**
 * One sentence of an article: {@code article.text().substring(start, end)} equals {@code text}.
 *
 * @param index     position in the article, from 0
 * @param cleanText what curators read and datasets contain: {@code text} in Unicode NFC, without
 *                  invisible characters, whitespace runs as single spaces
 */
public record Sentence(long id, int index, int start, int end, String text, String cleanText) {}
