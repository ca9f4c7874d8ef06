package dev.tagbench.ingest;

import dev.tagbench.article.CleanText;
import dev.tagbench.article.RemovedRegion;
import dev.tagbench.ingest.PreparedArticle.SourcedRemoval;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds the articles of a labelled dataset (Tagbench's own export, JSON Lines or the Hugging Face
 * layout) from its rows: rows with the same {@code article_id} become one article, its sentences in
 * {@code sentence_index} order, with the title and date the rows carry and each row's labels as the
 * final labels of its sentence. Sentence boundaries are the dataset's, because the labels belong to
 * them; within each sentence the text is cleaned as every import cleans it (the cleaners' invisible
 * characters left out, NFC, whitespace runs as one space). What the rows say of the approval (who
 * approved it and when) and the curators' own labels are kept as the article's metadata, under
 * {@code dataset.*} keys. Rows of one article need not be next to each other: a file is grouped whole,
 * which its size limit keeps bounded.
 */
final class LabelledArticles {

    /** The history's note on an article imported with its labels. */
    static final String IMPORTED = "imported with its labels";

    private static final String ARTICLE_ID = "article_id";
    private static final String SENTENCE_INDEX = "sentence_index";

    private final List<TextCleaner> cleaners;
    private final ArticleLimits limits;
    private final List<String> labelKeys;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    LabelledArticles(List<TextCleaner> cleaners, ArticleLimits limits, List<String> labelKeys) {
        this.cleaners = List.copyOf(cleaners);
        this.limits = limits;
        this.labelKeys = List.copyOf(labelKeys);
    }

    /** A row of a dataset: labels, and the article and place it belongs to. */
    static boolean isDatasetRow(ImportedArticle row) {
        return row.labels() != null
                && row.metadata().containsKey(ARTICLE_ID)
                && row.metadata().containsKey(SENTENCE_INDEX);
    }

    /** Keeps a dataset row for its article; a row without a usable place is refused. */
    void add(ImportedArticle row, String where) {
        int index;
        try {
            index = Integer.parseInt(row.metadata().get(SENTENCE_INDEX).strip());
        } catch (NumberFormatException e) {
            throw new ImportRejectedException("its \"sentence_index\" is not a whole number");
        }
        if (index < 0) {
            throw new ImportRejectedException("its \"sentence_index\" is negative");
        }
        var id = row.metadata().get(ARTICLE_ID).strip();
        groups.computeIfAbsent(id, key -> new Group(key, where)).rows().add(new Row(index, row));
    }

    /** The articles gathered, in the order their first rows came, each with where it began. */
    Map<String, Group> groups() {
        return groups;
    }

    /** The rows of one article of the dataset. */
    record Group(String articleId, String where, List<Row> rows) {
        Group(String articleId, String where) {
            this(articleId, where, new ArrayList<>());
        }
    }

    record Row(int index, ImportedArticle imported) {}

    /** The stored form of one article: its sentences' text and labels in order, the approval it carries. */
    PreparedArticle prepare(Group group) {
        var rows = new ArrayList<>(group.rows());
        rows.sort(Comparator.comparingInt(Row::index));
        for (var i = 1; i < rows.size(); i++) {
            if (rows.get(i).index() == rows.get(i - 1).index()) {
                throw new ImportRejectedException("two rows of article " + ReportText.quote(group.articleId())
                        + " have sentence_index " + rows.get(i).index());
            }
        }
        limits.checkSentences(rows.size());
        var first = rows.getFirst().imported();
        var text = new StringBuilder();
        var spans = new ArrayList<TextSpan>();
        var labels = new ArrayList<List<String>>();
        for (var row : rows) {
            var sentence = row.imported().text().strip();
            if (!text.isEmpty()) {
                text.append(' ');
            }
            spans.add(new TextSpan(text.length(), text.length() + sentence.length()));
            text.append(sentence);
            labels.add(checkedLabels(row));
        }
        var whole = text.toString();
        limits.checkCharacters(whole);
        var metadata = provenance(group, rows);
        limits.checkMetadata(metadata);
        var removals = invisible(whole);
        var regions = removals.stream()
                .map(r -> new RemovedRegion(
                        r.removal().span().start(),
                        r.removal().span().end(),
                        r.removal().kind().name(),
                        r.removal().reason(),
                        r.source()))
                .toList();
        var cleanTexts = new ArrayList<String>();
        for (var i = 0; i < spans.size(); i++) {
            var clean = CleanText.of(whole, spans.get(i).start(), spans.get(i).end(), regions);
            if (clean.isEmpty()) {
                throw new ImportRejectedException(
                        "the sentence at sentence_index " + rows.get(i).index() + " has no visible text");
            }
            cleanTexts.add(clean);
        }
        var date = first.metadata().get("published_on");
        var article = new ImportedArticle(
                whole,
                first.metadata().getOrDefault("article_title", first.title()),
                date == null ? first.publishedOn() : ArticleFields.parseDate(date),
                first.source(),
                first.url(),
                metadata,
                List.of());
        var title = article.title() != null && !article.title().isBlank() ? article.title() : cleanTexts.getFirst();
        var reviewer = metadata.get("dataset.reviewer");
        var approvedAt = instant(metadata.get("dataset.approved_at"));
        return new PreparedArticle(
                article,
                ArticlePreparer.shorten(title),
                removals,
                List.copyOf(spans),
                List.copyOf(cleanTexts),
                ContentHash.of(whole + "\u0000dataset article " + group.articleId()),
                List.copyOf(labels),
                approvedAt,
                IMPORTED
                        + (reviewer == null ? "" : "; approved by " + reviewer)
                        + (approvedAt == null ? "" : " at " + approvedAt));
    }

    private List<String> checkedLabels(Row row) {
        var labels = row.imported().labels();
        for (var label : labels == null ? List.<String>of() : labels) {
            if (!labelKeys.contains(label)) {
                throw new ImportRejectedException("unknown label '" + ReportText.quote(label) + "' at sentence_index "
                        + row.index() + "; this project's labels are " + ReportText.list(labelKeys));
            }
        }
        return labels == null ? List.of() : labels;
    }

    /** What the rows say of the article's past, as metadata; curators' labels as a JSON list by sentence. */
    private static Map<String, String> provenance(Group group, List<Row> rows) {
        var first = rows.getFirst().imported().metadata();
        var metadata = new LinkedHashMap<String, String>();
        metadata.put("dataset.article_id", group.articleId());
        copy(first, "reviewer", metadata);
        copy(first, "approved_at", metadata);
        copy(first, "split", metadata);
        copy(first, "schema_version", metadata);
        if (rows.stream().anyMatch(row -> row.imported().metadata().containsKey("annotator_labels"))) {
            var curators = new StringBuilder("[");
            for (var row : rows) {
                curators.append(curators.length() > 1 ? "," : "")
                        .append(row.imported().metadata().getOrDefault("annotator_labels", "null"));
            }
            metadata.put("dataset.annotator_labels", curators.append(']').toString());
        }
        return metadata;
    }

    private static void copy(Map<String, String> from, String key, Map<String, String> to) {
        var value = from.get(key);
        if (value != null && !value.isBlank()) {
            to.put("dataset." + key, value.strip());
        }
    }

    /** The invisible characters every cleaner finds; other removals would cut what the labels cover. */
    private List<SourcedRemoval> invisible(String text) {
        var found = new ArrayList<SourcedRemoval>();
        for (var cleaner : cleaners) {
            cleaner.clean(text).stream()
                    .filter(removal -> removal.kind() == Removal.Kind.INVISIBLE)
                    .forEach(removal -> found.add(new SourcedRemoval(removal, cleaner.id())));
        }
        found.sort(Comparator.comparing(r -> r.removal().span()));
        return List.copyOf(found);
    }

    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
