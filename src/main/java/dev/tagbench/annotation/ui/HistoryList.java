package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.annotation.HistoryEntry;
import dev.tagbench.article.ArticleState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Recorded changes as a list: when, who, what, before → after, and from where. Every piece is set as
 * text, so names, labels and comments can never become markup. Used by the sentence's history panel
 * (workbench, review), the article's history and the managers' activity feed.
 */
public class HistoryList extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    public HistoryList() {
        addClassName("history-list");
    }

    /**
     * Shows the entries in the given order.
     *
     * @param withArticle whether each entry names its article and sentence, with a link to it
     */
    public void show(List<HistoryEntry> entries, boolean withArticle) {
        removeAll();
        if (entries.isEmpty()) {
            add(new Paragraph("No changes recorded yet."));
            return;
        }
        entries.forEach(entry -> add(row(entry, withArticle)));
    }

    private static Div row(HistoryEntry entry, boolean withArticle) {
        var row = new Div();
        row.addClassName("history-entry");
        row.getElement().setAttribute("data-kind", entry.kind());
        var when = new Span(WHEN.format(entry.at().atOffset(ZoneOffset.UTC)));
        when.addClassName("history-when");
        var who = new Span(entry.actor() == null ? "Tagbench" : entry.actor());
        who.addClassName("history-who");
        var what = new Span(what(entry));
        what.addClassName("history-what");
        var change = new Span(change(entry));
        change.addClassName("history-change");
        var source = new Span(source(entry.source()));
        source.addClassName("history-source");
        row.add(when, who, what, change, source);
        if (entry.detail() != null) {
            var detail = new Span(entry.detail());
            detail.addClassName("history-detail");
            row.add(detail);
        }
        if (withArticle) {
            var target = entry.sentenceId() == null
                    ? "articles/" + entry.articleId()
                    : "articles/" + entry.articleId() + "?sentence=" + entry.sentenceId();
            row.add(new Anchor(target, entry.articleTitle()));
        }
        return row;
    }

    /** What changed, in words. */
    static String what(HistoryEntry entry) {
        return switch (entry.kind()) {
            case "label" -> "labels of " + (entry.annotator() == null ? "a curator" : entry.annotator());
            case "final" -> "final labels";
            case "split" -> entry.annotator() == null ? "split" : "split: labels of " + entry.annotator();
            case "merge" -> entry.annotator() == null ? "merged" : "merged: labels of " + entry.annotator();
            case "schema" ->
                entry.annotator() == null
                        ? "label removed from the schema: final labels"
                        : "label removed from the schema: labels of " + entry.annotator();
            case "state" -> "article state";
            default -> entry.kind();
        };
    }

    /** Before → after; "undecided" where a curator had not decided (or withdrew). */
    static String change(HistoryEntry entry) {
        if (entry.before() == null && entry.after() == null) {
            return "";
        }
        if (entry.kind().equals("state")) {
            return state(entry.before()) + " → " + state(entry.after());
        }
        return labels(entry.before()) + " → " + labels(entry.after());
    }

    private static String state(@Nullable List<String> state) {
        if (state == null || state.isEmpty()) {
            return "";
        }
        try {
            return ArticleState.valueOf(state.getFirst()).displayName();
        } catch (IllegalArgumentException e) {
            return state.getFirst();
        }
    }

    private static String labels(@Nullable List<String> labels) {
        if (labels == null) {
            return "undecided";
        }
        return labels.isEmpty() ? "no label" : String.join(", ", labels);
    }

    /** Where the change came from, as users name it. */
    static String source(String source) {
        return switch (source) {
            case "UI" -> "in the workbench";
            case "API" -> "through the API";
            case "UNDO" -> "by undo";
            case "SUGGESTION" -> "an accepted suggestion";
            case "SPLIT" -> "by a split";
            case "MERGE" -> "by a merge";
            case "SCHEMA" -> "by a schema change";
            case "REVIEW" -> "in review";
            case "AGREED" -> "curators agreed";
            case "IMPORT" -> "imported";
            case "WORKFLOW" -> "workflow";
            default -> source;
        };
    }
}
