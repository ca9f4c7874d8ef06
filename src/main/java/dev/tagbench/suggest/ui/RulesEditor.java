package dev.tagbench.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tagbench.project.Label;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits the rule suggester's settings: per label, keywords and RE2 patterns, one per line. The
 * rules are checked when saved; a mistake comes back as a message and nothing is stored.
 */
class RulesEditor extends VerticalLayout {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Checkbox enabled = new Checkbox("Use keywords and patterns in this project");
    private final FormLayout fields = new FormLayout();
    private final Map<String, TextArea[]> byLabel = new LinkedHashMap<>();

    RulesEditor(BiConsumer<Boolean, JsonNode> save) {
        setPadding(false);
        var button = new Button("Save rules", click -> save.accept(enabled.getValue(), settings()));
        button.setId("rules-save");
        add(
                new Paragraph("Keywords match whole words, in any case. Patterns are regular expressions in RE2"
                        + " syntax (no look-arounds or back-references), matched in time linear in the sentence."),
                enabled,
                fields,
                button);
    }

    void show(List<Label> labels, boolean on, JsonNode settings) {
        enabled.setValue(on);
        fields.removeAll();
        byLabel.clear();
        for (var label : labels) {
            var keywords = new TextArea(label.name() + ": keywords");
            var patterns = new TextArea(label.name() + ": patterns");
            for (var rule : settings.path("rules")) {
                if (rule.path("label").asString("").equals(label.key())) {
                    keywords.setValue(lines(rule.path("keywords")));
                    patterns.setValue(lines(rule.path("patterns")));
                }
            }
            byLabel.put(label.key(), new TextArea[] {keywords, patterns});
            fields.add(keywords, patterns);
        }
    }

    private JsonNode settings() {
        var root = JSON.createObjectNode();
        var rules = root.putArray("rules");
        byLabel.forEach((key, areas) -> {
            var keywords = split(areas[0].getValue());
            var patterns = split(areas[1].getValue());
            if (!keywords.isEmpty() || !patterns.isEmpty()) {
                ObjectNode rule = rules.addObject();
                rule.put("label", key);
                keywords.forEach(rule.putArray("keywords")::add);
                patterns.forEach(rule.putArray("patterns")::add);
            }
        });
        return root;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String lines(JsonNode array) {
        return String.join("\n", array.valueStream().map(JsonNode::asString).toList());
    }
}
