package dev.tagbench.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.project.Label;
import dev.tagbench.review.ReviewSheet;
import java.util.List;
import java.util.function.Consumer;

/** One sentence in the review: its text, each curator's labels side by side, and the final labels. */
final class ReviewRowView extends Div {

    private final ReviewSheet.Row row;

    ReviewRowView(ReviewSheet.Row row, List<String> curators, List<Label> schema, Consumer<ReviewRowView> onClick) {
        this.row = row;
        addClassName("review-row");
        setId("review-" + row.index());
        setClassName("disagree", !row.agreed());
        var number = new Span(String.valueOf(row.index() + 1));
        number.addClassName("sentence-number");
        var text = new Span(row.text());
        text.addClassName("sentence-text");
        var columns = new Div();
        columns.addClassName("review-columns");
        for (var i = 0; i < curators.size(); i++) {
            var curator = curators.get(i);
            var cell = new Div(new Span(letter(i) + " · " + curator));
            cell.addClassName("review-cell");
            var labels = row.byAnnotator().get(curator);
            cell.add(chips(labels == null ? null : labels, schema));
            columns.add(cell);
        }
        var finalCell = new Div(new Span("Final"));
        finalCell.addClassNames("review-cell", "review-final");
        finalCell.add(chips(row.finalLabels(), schema));
        columns.add(finalCell);
        add(number, text, columns);
        if (!row.comments().isEmpty()) {
            var comments = new Div();
            comments.addClassName("review-comments");
            row.comments()
                    .forEach(comment -> comments.add(new Div(new Span(comment.author() + ": " + comment.body()))));
            add(comments);
        }
        addClickListener(click -> onClick.accept(this));
    }

    ReviewSheet.Row row() {
        return row;
    }

    void setFocused(boolean focused) {
        setClassName("focused", focused);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static Div chips(List<String> labels, List<Label> schema) {
        var chips = new Div();
        chips.addClassName("sentence-chips");
        if (labels == null) {
            var open = new Span("—");
            open.addClassNames("chip", "chip-none");
            chips.add(open);
            return chips;
        }
        if (labels.isEmpty()) {
            var none = new Span("no label");
            none.addClassNames("chip", "chip-none");
            chips.add(none);
        }
        for (var label : schema) {
            if (labels.contains(label.key())) {
                var chip = new Span(label.name());
                chip.addClassName("chip");
                chip.getElement().setAttribute("data-label", label.key());
                chip.getStyle().set("--chip-color", label.color());
                chips.add(chip);
            }
        }
        return chips;
    }
}
