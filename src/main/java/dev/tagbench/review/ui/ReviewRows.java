package dev.tagbench.review.ui;

import com.vaadin.flow.component.button.Button;
import dev.tagbench.annotation.LabelSuggestions.Suggested;
import dev.tagbench.annotation.ui.LabelBar;
import dev.tagbench.annotation.ui.LabelLegend;
import dev.tagbench.base.ui.ListRow;
import dev.tagbench.review.ReviewSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A review sentence as the browser's list draws it: each curator's labels under their letter and
 * name, the final labels last, the reviewers' comments below, suggestions as ghosts.
 */
final class ReviewRows {

    private ReviewRows() {}

    /**
     * The final labels' buttons, which are also the legend of the digits, followed by one button per
     * curator that takes their labels, named with the letter key of their column.
     */
    static LabelBar legendBar(LabelLegend legend, List<String> curators) {
        var bar = new LabelBar(legend.labels(), "No label");
        for (var i = 0; i < Math.min(curators.size(), ReviewCommand.CURATOR_KEYS); i++) {
            var key = ReviewCommand.letter(i).toLowerCase(Locale.ROOT);
            var take = new Button(key + "  " + ReviewCommand.letter(i) + " · " + curators.get(i));
            take.addClassName("curator-button");
            take.getElement().setAttribute("data-action", key);
            take.getElement().setAttribute("title", "Take " + curators.get(i) + "'s labels");
            bar.addAction(take);
        }
        return bar;
    }

    static ListRow of(ReviewSheet.Row row, List<String> curators, LabelLegend legend, List<Suggested> suggested) {
        var cells = new ArrayList<ListRow.Cell>();
        for (var i = 0; i < curators.size(); i++) {
            var labels = row.byAnnotator().get(curators.get(i));
            cells.add(new ListRow.Cell(
                    ReviewCommand.letter(i) + " · " + curators.get(i), legend.positions(labels), "—", false));
        }
        cells.add(new ListRow.Cell("Final", legend.positions(row.finalLabels()), "—", true));
        var notes = row.comments().stream()
                .map(comment -> comment.author() + ": " + comment.body())
                .toList();
        var present = row.finalLabels() == null ? List.<String>of() : row.finalLabels();
        return new ListRow(
                row.sentenceId(),
                row.index(),
                row.text(),
                row.finalLabels() == null,
                row.agreed() ? null : "disagree",
                cells,
                legend.ghosts(suggested, present),
                notes);
    }
}
