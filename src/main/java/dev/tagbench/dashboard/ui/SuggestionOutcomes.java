package dev.tagbench.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.suggest.SuggestionOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard's section on suggestions: per label, how often curators accepted, changed or rejected them. */
final class SuggestionOutcomes {

    private SuggestionOutcomes() {}

    /** A row with the label's name. */
    record Row(String label, int accepted, int changed, int rejected) {}

    static Component of(Project project, List<SuggestionOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new Paragraph("Curators have not decided any sentence on which they were shown suggestions yet.");
        }
        var names = project.labels().stream().collect(Collectors.toMap(Label::key, Label::name));
        var byKey = outcomes.stream().collect(Collectors.toMap(SuggestionOutcome::label, Function.identity()));
        var grid = new Grid<Row>();
        grid.addColumn(Row::label).setHeader("Label").setFlexGrow(2);
        grid.addColumn(Row::accepted).setHeader("Accepted");
        grid.addColumn(Row::changed).setHeader("Accepted, then changed");
        grid.addColumn(Row::rejected).setHeader("Rejected");
        grid.setItems(byKey.entrySet().stream()
                .map(entry -> row(names, entry.getKey(), entry.getValue()))
                .toList());
        grid.setAllRowsVisible(true);
        return new Div(
                new Paragraph(
                        "Suggestions shown to curators on sentences they have decided: accepted (their labels"
                                + " have it), changed (taken with the accept key, then edited), rejected (decided without it)."),
                grid);
    }

    private static Row row(Map<String, String> names, String key, SuggestionOutcome outcome) {
        return new Row(names.getOrDefault(key, key), outcome.accepted(), outcome.changed(), outcome.rejected());
    }
}
