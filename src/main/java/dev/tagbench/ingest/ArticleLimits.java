package dev.tagbench.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * How much one article may hold. An article is what a curator reads and labels sentence by
 * sentence, and the unit that review, splits and the article view handle whole; a text far larger
 * than any report is a corpus or a data dump, and taking it as one article would stall the server
 * for everyone. Metadata is kept with every article and shown beside it: a few short fields, not a
 * second text. Oversized articles are refused with their size, never cut or split: where a long
 * text should be divided is for people to decide, and metadata cut short could never be completed,
 * as importing the repaired file again finds the same text and reports a duplicate.
 *
 * @param maxSentences      sentences one article may have
 * @param maxCharacters     characters (UTF-16 code units) of one article's text
 * @param maxMetadataFields metadata fields one article may have
 * @param maxMetadataBytes  what the names and values of one article's metadata may add up to, in UTF-8
 */
record ArticleLimits(int maxSentences, int maxCharacters, int maxMetadataFields, long maxMetadataBytes) {

    static ArticleLimits of(IngestProperties properties) {
        return new ArticleLimits(
                properties.maxSentencesPerArticle(),
                properties.maxArticleCharacters(),
                properties.maxMetadataFields(),
                properties.maxMetadataSize().toBytes());
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

    /** Refuses an article with more metadata fields, or larger ones, than one article may have. */
    void checkMetadata(Map<String, String> metadata) {
        if (metadata.size() > maxMetadataFields) {
            throw new ImportRejectedException(String.format(
                    Locale.ROOT,
                    "the article has %,d metadata fields (columns or JSON fields besides text, title, date, source"
                            + " and url), more than the %,d one article may have; leave the others out of the file"
                            + " (an administrator can raise tagbench.ingest.max-metadata-fields)",
                    metadata.size(),
                    maxMetadataFields));
        }
        var bytes = 0L;
        for (var field : metadata.entrySet()) {
            bytes += utf8Length(field.getKey()) + utf8Length(field.getValue());
        }
        if (bytes > maxMetadataBytes) {
            throw new ImportRejectedException("the article's metadata fields hold " + size(bytes) + ", more than the "
                    + size(maxMetadataBytes) + " one article may have; keep long texts out of the other fields"
                    + " (an administrator can raise tagbench.ingest.max-metadata-size)");
        }
    }

    private static long utf8Length(String value) {
        var length = 0L;
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            // A surrogate pair is four bytes: two for each of its halves.
            length += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }

    /** 3.6 MB, 64 KB, 900 bytes. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%,d KB", bytes / 1024);
        }
        return bytes + " bytes";
    }
}
