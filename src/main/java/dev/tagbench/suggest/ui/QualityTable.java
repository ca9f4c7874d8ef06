package dev.tagbench.suggest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.tagbench.project.Project;
import dev.tagbench.suggest.Quality.LabelQuality;
import dev.tagbench.suggest.SuggesterInfo;
import java.util.Locale;

/** A trained suggester's measured precision, recall and F1 per label, with how they were measured. */
final class QualityTable {

    private QualityTable() {}

    /** One row of the table. */
    record Row(String label, LabelQuality figures) {}

    static Component of(SuggesterInfo info, Project project) {
        var quality = info.quality();
        if (quality == null || quality.folds() == 0) {
            return new Paragraph(info.name() + ": no quality measured yet; it needs approved sentences from at least"
                    + " two articles and a training.");
        }
        var grid = new Grid<Row>();
        grid.addColumn(Row::label).setHeader("Label").setFlexGrow(2);
        grid.addColumn(row -> number(row.figures().precision())).setHeader("Precision");
        grid.addColumn(row -> number(row.figures().recall())).setHeader("Recall");
        grid.addColumn(row -> number(row.figures().f1())).setHeader("F1");
        grid.addColumn(row -> row.figures().support()).setHeader("Approved with it");
        grid.setItems(project.labels().stream()
                .filter(label -> quality.perLabel().containsKey(label.key()))
                .map(label -> new Row(label.name(), quality.perLabel().get(label.key())))
                .toList());
        grid.setAllRowsVisible(true);
        var note = new Paragraph(info.name() + ", measured on " + info.trainedOn() + " approved sentences it had not"
                + " learned from (" + quality.folds() + " folds, whole articles per fold) at threshold "
                + number(quality.threshold()) + ". Model " + info.modelVersion() + ".");
        return new Div(note, grid);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
