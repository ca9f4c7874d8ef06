package dev.tagbench.ingest;

import dev.tagbench.article.CleanText;
import dev.tagbench.article.RemovedRegion;
import dev.tagbench.ingest.PreparedArticle.SourcedRemoval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans an imported article, finds its title and splits it into sentences. Pure computation over
 * the plugins it is given, so it is tested without a database.
 */
final class ArticlePreparer {

    static final int MAX_TITLE_LENGTH = 300;
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<TextCleaner> cleaners;
    private final SentenceSegmenter segmenter;
    private final ArticleLimits limits;

    ArticlePreparer(List<TextCleaner> cleaners, SentenceSegmenter segmenter, ArticleLimits limits) {
        this.cleaners = List.copyOf(cleaners);
        this.segmenter = segmenter;
        this.limits = limits;
    }

    PreparedArticle prepare(ImportedArticle article, String importerId) {
        var text = article.text();
        if (text.isBlank()) {
            throw new ImportRejectedException("the text is empty");
        }
        limits.checkCharacters(text);
        limits.checkMetadata(article.metadata());
        var removals = new ArrayList<SourcedRemoval>();
        article.removals().forEach(removal -> removals.add(new SourcedRemoval(checked(removal, text), importerId)));
        for (var cleaner : cleaners) {
            cleaner.clean(text)
                    .forEach(removal -> removals.add(new SourcedRemoval(checked(removal, text), cleaner.id())));
        }
        removals.sort(Comparator.comparing(r -> r.removal().span()));

        // Cleaners find the debris around a page's content. When they leave no content at all, the
        // text is not such a page but a record like a headline or a post: its heading-like lines are
        // its content, and a record of one sentence is kept whatever the page rules say of it.
        var prepared = sentencesOf(article, removals);
        if (prepared == null) {
            prepared = sentencesOf(article, withoutCleanerHeadings(removals, importerId));
        }
        if (prepared == null) {
            var whole = sentencesOf(article, onlyImporterAndInvisible(removals, importerId));
            prepared = whole != null && whole.sentences().size() == 1 ? whole : null;
        }
        if (prepared == null) {
            throw new ImportRejectedException("no sentences found");
        }
        return prepared;
    }

    /** The article with these removals, or null when they leave no sentence. */
    private @Nullable PreparedArticle sentencesOf(ImportedArticle article, List<SourcedRemoval> found) {
        var text = article.text();
        var removals = new ArrayList<>(found);
        var title = article.title() != null && !article.title().isBlank()
                ? article.title().strip()
                : null;
        if (title == null) {
            var headline = headline(text, removals);
            if (headline != null) {
                title = headline.removal().span().of(text).strip();
                removals.set(
                        removals.indexOf(headline),
                        new SourcedRemoval(
                                new Removal(headline.removal().span(), Removal.Kind.HEADING, "title"),
                                headline.source()));
            }
        }
        var blocks = ContentBlocks.of(text, cutting(removals));
        var regions = removals.stream()
                .map(r -> new RemovedRegion(
                        r.removal().span().start(),
                        r.removal().span().end(),
                        r.removal().kind().name(),
                        r.removal().reason(),
                        r.source()))
                .toList();
        var segments = segmenter.segment(text, blocks);
        // Before any per-sentence work, so an oversized text costs no more than its segmentation.
        limits.checkSentences(segments.size());
        var sentences = new ArrayList<TextSpan>();
        var cleanTexts = new ArrayList<String>();
        var invisible = new InvisibleRegions(regions);
        for (var sentence : checkedSentences(segments, blocks, text)) {
            var clean = CleanText.of(text, sentence.start(), sentence.end(), invisible.within(sentence));
            if (!clean.isEmpty()) {
                sentences.add(sentence);
                cleanTexts.add(clean);
            }
        }
        if (sentences.isEmpty()) {
            return null;
        }
        return new PreparedArticle(
                article,
                shorten(title == null ? cleanTexts.getFirst() : title),
                List.copyOf(removals),
                List.copyOf(sentences),
                List.copyOf(cleanTexts),
                ContentHash.of(text));
    }

    private static List<SourcedRemoval> withoutCleanerHeadings(List<SourcedRemoval> removals, String importerId) {
        return removals.stream()
                .filter(r -> r.source().equals(importerId) || r.removal().kind() != Removal.Kind.HEADING)
                .toList();
    }

    private static List<SourcedRemoval> onlyImporterAndInvisible(List<SourcedRemoval> removals, String importerId) {
        return removals.stream()
                .filter(r -> r.source().equals(importerId) || r.removal().kind() == Removal.Kind.INVISIBLE)
                .toList();
    }

    /**
     * An article whose labels came with it: the whole text is one unit, kept exactly as it is
     * labelled, so neither cleaners nor the segmenter change what the labels apply to.
     */
    PreparedArticle prepareLabelled(ImportedArticle article, List<String> validLabels) {
        var text = article.text();
        var start = 0;
        var end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new ImportRejectedException("the text is empty");
        }
        limits.checkCharacters(text);
        limits.checkMetadata(article.metadata());
        for (var label : article.labels()) {
            if (!validLabels.contains(label)) {
                throw new ImportRejectedException("unknown label '" + ReportText.quote(label)
                        + "'; this project's labels are " + ReportText.list(validLabels));
            }
        }
        var clean = CleanText.of(text, start, end, List.of());
        var title = article.title() != null && !article.title().isBlank() ? article.title() : clean;
        // Rows of a dataset may share a text (a quote repeated in two articles); their source id keeps them apart.
        var identity = text + "\u0000" + article.metadata().getOrDefault("id", "");
        return new PreparedArticle(
                article,
                shorten(title),
                List.of(),
                List.of(new TextSpan(start, end)),
                List.of(clean),
                ContentHash.of(identity));
    }

    /** The first heading line of four or more words that comes before any content: the headline. */
    private static @Nullable SourcedRemoval headline(String text, List<SourcedRemoval> removals) {
        var firstContent = ContentBlocks.of(text, cutting(removals)).stream()
                .mapToInt(TextSpan::start)
                .findFirst()
                .orElse(text.length());
        return removals.stream()
                .filter(r -> r.removal().kind() == Removal.Kind.HEADING
                        && r.removal().span().start() < firstContent)
                .filter(r -> WORD.matcher(r.removal().span().of(text)).results().count() >= 4)
                .findFirst()
                .orElse(null);
    }

    /** The removals that cut content into blocks: all but invisible characters. */
    private static List<TextSpan> cutting(List<SourcedRemoval> removals) {
        return removals.stream()
                .filter(r -> r.removal().kind() != Removal.Kind.INVISIBLE)
                .map(r -> r.removal().span())
                .toList();
    }

    static String shorten(String title) {
        var oneLine = title.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= MAX_TITLE_LENGTH) {
            return oneLine;
        }
        var cut = oneLine.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
        return oneLine.substring(0, cut > MAX_TITLE_LENGTH / 2 ? cut : MAX_TITLE_LENGTH - 1) + "…";
    }

    private static Removal checked(Removal removal, String text) {
        if (removal.span().end() > text.length()) {
            throw new IllegalStateException("A removal " + removal + " lies outside the text");
        }
        return removal;
    }

    /**
     * Holds segmenter plugins to their contract, so a faulty plugin cannot store broken offsets. Blocks
     * and sentences are both in text order, so one pass over each suffices, however many there are.
     */
    private List<TextSpan> checkedSentences(List<TextSpan> sentences, List<TextSpan> blocks, String text) {
        var previousEnd = 0;
        var block = 0;
        for (var sentence : sentences) {
            while (block < blocks.size() && blocks.get(block).end() < sentence.end()) {
                block++;
            }
            var insideBlock = block < blocks.size()
                    && sentence.start() >= blocks.get(block).start()
                    && sentence.end() <= blocks.get(block).end();
            if (sentence.isEmpty()
                    || sentence.start() < previousEnd
                    || !insideBlock
                    || sentence.of(text).isBlank()) {
                throw new IllegalStateException("Segmenter '" + segmenter.id() + "' returned an invalid sentence "
                        + sentence + " for a text of " + text.length() + " characters");
            }
            previousEnd = sentence.end();
        }
        return List.copyOf(sentences);
    }

    /**
     * The invisible-character regions that matter for one sentence after another, in text order, so
     * that clean texts cost one pass over the regions rather than one pass per sentence.
     */
    private static final class InvisibleRegions {

        private final List<RemovedRegion> regions;
        private int from;
        private int to;

        InvisibleRegions(List<RemovedRegion> all) {
            this.regions = all.stream()
                    .filter(region -> CleanText.INVISIBLE.equals(region.kind()))
                    .toList();
        }

        /** The regions that may overlap {@code sentence}; sentences are asked for in text order. */
        List<RemovedRegion> within(TextSpan sentence) {
            while (from < regions.size() && regions.get(from).end() <= sentence.start()) {
                from++;
            }
            to = Math.max(to, from);
            while (to < regions.size() && regions.get(to).start() < sentence.end()) {
                to++;
            }
            return regions.subList(from, to);
        }
    }
}
