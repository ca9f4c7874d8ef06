package dev.tagbench.ingest;

/**
 * A region of an article's original text that is not article content, with the reason a curator is
 * shown. The original text is never changed; removals only keep regions out of the sentences.
 *
 * @param span   the region, usually whole lines
 * @param kind   what sort of non-content it is
 * @param reason a short explanation for people, e.g. "advertisement" or "photo credit"
 */
public record Removal(TextSpan span, Kind kind, String reason) {

    public enum Kind {
        /** Navigation, advertising, prompts, credits, lone numbers: never part of the article. */
        NOISE,
        /** Headlines, section headings, captions and bylines: text, but not sentences to tag. */
        HEADING,
        /** Format structure such as a header line that an importer already parsed. */
        STRUCTURE,
        /**
         * Characters with nothing to see (soft hyphens, zero-width spaces, byte-order marks, control
         * characters): left out of a sentence's clean text, but they never end or cut a sentence.
         */
        INVISIBLE
    }

    public Removal(int start, int end, Kind kind, String reason) {
        this(new TextSpan(start, end), kind, reason);
    }
}
