package dev.tagbench.annotation.ui;

import dev.tagbench.annotation.LabelSuggestions.Suggested;
import dev.tagbench.base.ui.KeyboardList;
import dev.tagbench.base.ui.ListRow;
import dev.tagbench.project.Label;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project's labels as the browser's sentence list knows them: sent once, then named by position,
 * which keeps every row small. Used by the workbench and the review view.
 */
public final class LabelLegend {

    private final List<Label> schema;
    private final Map<String, Integer> positions = new HashMap<>();

    public LabelLegend(List<Label> schema) {
        this.schema = List.copyOf(schema);
        for (var i = 0; i < schema.size(); i++) {
            positions.put(schema.get(i).key(), i);
        }
    }

    public List<Label> labels() {
        return schema;
    }

    public List<KeyboardList.Legend> legend() {
        return schema.stream()
                .map(label -> KeyboardList.Legend.of(label.key(), label.name(), label.color()))
                .toList();
    }

    /** Label keys as positions in schema order; null stays null (not decided). */
    public @Nullable List<Integer> positions(@Nullable Collection<String> keys) {
        if (keys == null) {
            return null;
        }
        return keys.stream()
                .filter(positions::containsKey)
                .map(positions::get)
                .sorted()
                .toList();
    }

    /**
     * The suggestions to show as ghosts: one per label (the highest score of any suggester), none
     * for a label the sentence already has, highest score first.
     */
    public List<ListRow.Ghost> ghosts(List<Suggested> suggested, Collection<String> present) {
        var best = new LinkedHashMap<String, Suggested>();
        for (var suggestion : suggested) {
            if (positions.containsKey(suggestion.key()) && !present.contains(suggestion.key())) {
                best.merge(suggestion.key(), suggestion, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        var ghosts = new ArrayList<ListRow.Ghost>();
        best.values().stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(s -> ghosts.add(new ListRow.Ghost(positions.get(s.key()), s.score(), s.reason())));
        return ghosts;
    }

    /** The label a digit toggles, if any. */
    public @Nullable Label byHotkey(String hotkey) {
        return schema.stream()
                .filter(label -> hotkey.equals(label.hotkey()))
                .findFirst()
                .orElse(null);
    }
}
