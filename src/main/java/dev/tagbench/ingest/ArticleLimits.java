package dev.tagbench.ingest;

import java.util.Locale;

/**
 * How much one article may hold. An article is what a curator reads and labels sentence by
 * sentence, and the unit that review, splits and the article view handle whole; a text far larger
 * than any report is a corpus or a data dump, and taking it as one article would stall the server
 * for everyone. Such texts are refused with their size, never cut: a cut article would be
 * recognised as a duplicate when the whole text is imported again.
 *
 * @param maxSentences  sentences one article may have
 * @param maxCharacters characters (UTF-16 code units) of one article's text
 */
record ArticleLimits(int maxSentences, int maxCharacters) {

    static ArticleLimits of(IngestProperties properties) {
        return new ArticleLimits(properties.maxSentencesPerArticle(), properties.maxArticleCharacters());
    }

    /** Refuses a text longer than one article may be, before any cleaner or segmenter sees it. */
    void checkCharacters(String text) {
        if (text.length() > maxCharacters) {
            throw new ImportRejectedException(String.format(
                    Locale.ROOT,
                    "the article has %,d characters, more than the %,d one article may have; split it into"
                            + " smaller files (an administrator can raise tagbench.ingest.max-article-characters)",
                    text.length(),
                    maxCharacters));
        }
    }

    /** Refuses an article of more sentences than one article may have. */
    void checkSentences(int sentences) {
        if (sentences > maxSentences) {
            throw new ImportRejectedException(String.format(
                    Locale.ROOT,
                    "the article has %,d sentences, more than the %,d one article may have; split it into"
                            + " smaller files (an administrator can raise tagbench.ingest.max-sentences-per-article)",
                    sentences,
                    maxSentences));
        }
    }
}
