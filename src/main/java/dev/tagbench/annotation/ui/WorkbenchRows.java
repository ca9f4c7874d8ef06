package dev.tagbench.annotation.ui;

import dev.tagbench.annotation.LabelSuggestions.Suggested;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.article.Sentence;
import dev.tagbench.base.ui.ListRow;
import java.util.List;

/**
 * A sentence as the workbench's list draws it: its text, the curator's labels (nothing while
 * undecided, "no label" for the explicit choice) and the suggestions they do not have yet, as ghosts.
 */
final class WorkbenchRows {

    private WorkbenchRows() {}

    static ListRow of(Sentence sentence, SentenceLabels decision, LabelLegend legend, List<Suggested> suggested) {
        var decided = decision.decided();
        return new ListRow(
                sentence.id(),
                sentence.index(),
                sentence.cleanText(),
                !decided,
                decided ? "decided" : null,
                List.of(ListRow.Cell.own(decided ? legend.positions(decision.labels()) : null)),
                legend.ghosts(suggested, decision.labels()),
                List.of());
    }
}
