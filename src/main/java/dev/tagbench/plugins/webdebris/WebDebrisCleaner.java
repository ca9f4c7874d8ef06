package dev.tagbench.plugins.webdebris;

import dev.tagbench.ingest.Removal;
import dev.tagbench.ingest.Removal.Kind;
import dev.tagbench.ingest.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the debris that copying a news page leaves around the article: navigation and widget words,
 * share and login prompts, related-article links, photo credits, tags, lone numbers and copyright
 * lines ({@link Kind#NOISE}), and headlines, section labels, captions and bylines
 * ({@link Kind#HEADING}).
 *
 * <p>It works line by line and reports whole lines, each span covering the line without its
 * terminator. Lines are matched with surrounding whitespace (including no-break spaces) ignored.
 * Blank lines and a leading {@code " date yyyy-mm-dd title"} import header are never reported.
 * The cleaner is stateless and thread-safe.
 */
public final class WebDebrisCleaner implements TextCleaner {

    /** Lines without final punctuation and with at most this many words are headings. */
    static final int MAX_HEADING_WORDS = 20;

    /** Fewer words make a fragment: a colon at its end is a label, and a long one is a data blob. */
    static final int MIN_TEXT_WORDS = 4;

    // No debris line is this long; skipping the rule table keeps huge lines linear and cheap.
    private static final int MAX_RULE_CHARS = 1_000;

    // A heading-like line this long with under MIN_TEXT_WORDS words is a blob (data, a long token).
    private static final int MAX_FRAGMENT_CHARS = 200;

    // Words are counted up to here; the rule table needs 60, the heading test 21.
    private static final int WORD_COUNT_CAP = 61;

    private static final Pattern IMPORT_HEADER = Pattern.compile("^date\\s+\\d{4}-\\d{2}-\\d{2}(?:\\s|$)");

    private static final Pattern LIST_ITEM =
            Pattern.compile("^(?:[•·▪◦‣∙●■–—]\\s*|[*-]\\s+|\\(?(?:\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)]\\s+)");

    private static final String SENTENCE_END = ".!?…‽。！？";
    private static final String CLOSERS = "\"'”’»›)]}*";

    /** Creates the cleaner; it holds no state. */
    public WebDebrisCleaner() {}

    /** {@inheritDoc} Always {@code web-debris}. */
    @Override
    public String id() {
        return "web-debris";
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "Web page debris";
    }

    /**
     * Reports every debris line of {@code text}, in text order, one removal per line.
     *
     * @throws NullPointerException if {@code text} is null
     */
    @Override
    public List<Removal> clean(String text) {
        Objects.requireNonNull(text, "text");
        var lines = Line.split(text);
        var removals = new ArrayList<Removal>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank()
                    || (i == 0 && IMPORT_HEADER.matcher(line.content(text)).find())) {
                continue;
            }
            var verdict = classify(line.content(text), lines, i, text);
            if (verdict != null) {
                removals.add(new Removal(line.start(), line.end(), verdict.kind(), verdict.reason()));
            }
        }
        return List.copyOf(removals);
    }

    private record Verdict(Kind kind, String reason) {}

    /** The verdict for one non-blank trimmed line, or null to keep it. */
    private static Verdict classify(String line, List<Line> lines, int index, String text) {
        int words = countWords(line, WORD_COUNT_CAP);
        if (line.length() <= MAX_RULE_CHARS) {
            var reason = DebrisRules.noise(line, words);
            if (reason.isPresent()) {
                return new Verdict(Kind.NOISE, reason.get());
            }
        }
        if (line.codePoints().noneMatch(Character::isLetter)) {
            return new Verdict(Kind.NOISE, "numbers or symbols only");
        }
        if (endsSentence(line)
                || words > MAX_HEADING_WORDS
                || isListItem(line)
                || continuesParagraph(line, words, lines, index, text)) {
            return null;
        }
        if (words < MIN_TEXT_WORDS && line.length() > MAX_FRAGMENT_CHARS) {
            return new Verdict(Kind.NOISE, "unreadable fragment");
        }
        return new Verdict(Kind.HEADING, DebrisRules.isByline(line) ? "byline or credit" : "heading or caption");
    }

    /** Counts whitespace-separated tokens holding a letter or digit, stopping at {@code cap}. */
    static int countWords(String line, int cap) {
        int words = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < line.length() && words < cap; i++) {
            char c = line.charAt(i);
            if (Line.isSpace(c)) {
                inToken = false;
            } else {
                if (!inToken) {
                    counted = false;
                    inToken = true;
                }
                if (!counted && Character.isLetterOrDigit(c)) {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }

    private static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(line.charAt(end - 1)) >= 0;
    }

    private static boolean isListItem(String line) {
        var matcher = LIST_ITEM.matcher(line);
        return matcher.find() && line.substring(matcher.end()).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether a line without final punctuation belongs to running text rather than being a heading:
     * it ends in a comma or semicolon, introduces something with a colon, or is part of a paragraph
     * hard-wrapped across lines (the next line goes on in lower case, or this one does).
     */
    private static boolean continuesParagraph(String line, int words, List<Line> lines, int index, String text) {
        char last = line.charAt(line.length() - 1);
        if (last == ',' || last == ';' || (last == ':' && words >= MIN_TEXT_WORDS)) {
            return true;
        }
        if (index + 1 < lines.size()
                && !lines.get(index + 1).isBlank()
                && startsLowerCase(lines.get(index + 1).content(text))) {
            return true;
        }
        return startsLowerCase(line)
                && index > 0
                && !lines.get(index - 1).isBlank()
                && !endsSentence(lines.get(index - 1).content(text));
    }

    private static boolean startsLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }
}
