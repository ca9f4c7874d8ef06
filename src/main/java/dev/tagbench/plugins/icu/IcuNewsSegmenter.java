package dev.tagbench.plugins.icu;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.tagbench.ingest.SentenceSegmenter;
import dev.tagbench.ingest.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentence segmenter for English news: ICU4J's sentence rules with standard abbreviation suppression,
 * corrected by rules for what news text is full of and ICU gets wrong — titles and initials before
 * names, {@code U.S.}, quote attributions ({@code "...," she said.}), ellipses, inline lists, links and
 * line breaks inside paragraphs.
 *
 * <p>Each block is segmented on its own, so no sentence crosses a block boundary. Instances are
 * stateless and safe to share between threads.
 */
public final class IcuNewsSegmenter implements SentenceSegmenter {

    /** ICU's iterators are not thread-safe; each call works on a clone of this prototype. */
    private final BreakIterator prototype = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    /** Creates the segmenter; ICU's rules are loaded once, here. */
    public IcuNewsSegmenter() {}

    @Override
    public String id() {
        return "icu-news";
    }

    @Override
    public String name() {
        return "ICU sentences with news rules";
    }

    /**
     * {@inheritDoc}
     *
     * <p>A line break inside a block ends a sentence when the line before it ends in terminal punctuation
     * or the line after it starts with a bullet or enumerator; otherwise it is read as a soft wrap.
     */
    @Override
    public List<TextSpan> segment(String text, List<TextSpan> blocks) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(blocks, "blocks");
        var icu = (BreakIterator) prototype.clone();
        var sentences = new ArrayList<TextSpan>();
        for (var block : blocks) {
            if (block.end() > text.length()) {
                throw new IllegalArgumentException("Block " + block + " exceeds the text length " + text.length());
            }
            var content = block.of(text);
            if (trim(content).isEmpty()) {
                continue;
            }
            for (var sentence : NewsRules.sentences(content, LineBreaks.prepare(content), icu)) {
                sentences.add(new TextSpan(block.start() + sentence.start(), block.start() + sentence.end()));
            }
        }
        return List.copyOf(sentences);
    }

    /** Whitespace in the widest sense: also no-break, narrow and zero-width spaces and the byte-order mark. */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || codePoint == '\u200B'
                || codePoint == '\u2060'
                || codePoint == '\uFEFF';
    }

    /** {@code span} of {@code text} without surrounding {@linkplain #isSpace spaces}; empty if only spaces. */
    static TextSpan trim(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }

    static String trim(String text) {
        return trim(text, new TextSpan(0, text.length())).of(text);
    }
}
