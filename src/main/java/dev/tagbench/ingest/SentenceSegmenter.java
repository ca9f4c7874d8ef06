package dev.tagbench.ingest;

import dev.tagbench.extension.Extension;
import java.util.List;

/**
 * Splits an article's content into sentences. The chosen segmenter's {@link #id()} is stored with
 * each article, so the split can be explained and repeated.
 */
public interface SentenceSegmenter extends Extension {

    /**
     * Finds the sentences of an article.
     *
     * @param text   the article's original text; offsets refer to it and it is never modified
     * @param blocks the regions that carry content, in text order and non-overlapping: paragraphs
     *               separated by blank lines or by removed regions. A block may contain single line
     *               breaks; the segmenter decides whether a line break ends a sentence (a list item
     *               or a line ending in terminal punctuation does, a soft-wrapped line does not).
     * @return the sentences in text order, each inside one block, trimmed of surrounding whitespace,
     *         non-empty and non-overlapping
     */
    List<TextSpan> segment(String text, List<TextSpan> blocks);
}
