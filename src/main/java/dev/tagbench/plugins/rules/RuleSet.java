package dev.tagbench.plugins.rules;

import dev.tagbench.project.Label;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A project's rules, read from the suggester's settings:
 * {@code {"rules": [{"label": "pledge", "keywords": ["pledged"], "patterns": ["will (send|give)"], "score": 0.9}]}}.
 */
record RuleSet(List<LabelRule> rules) {

    static final int MAX_TERMS = 500;
    static final double DEFAULT_SCORE = 0.9;

    /**
     * @throws IllegalArgumentException naming what is wrong: an unknown label, a pattern RE2 cannot
     *                                  compile, too many or too long terms, a score outside (0, 1]
     */
    static RuleSet parse(JsonNode settings, List<Label> schema) {
        var rules = new ArrayList<LabelRule>();
        var node = settings.path("rules");
        if (node.isMissingNode() || node.isNull()) {
            return new RuleSet(List.of());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'rules' is a list of {label, keywords, patterns, score}.");
        }
        var terms = 0;
        for (var rule : node) {
            var label = rule.path("label").asString("");
            if (schema.stream().noneMatch(l -> l.key().equals(label))) {
                throw new IllegalArgumentException(
                        "Unknown label '" + label + "' in the rules; this project's labels are "
                                + schema.stream().map(Label::key).toList() + ".");
            }
            var keywords = strings(rule.path("keywords"), label);
            var patterns = strings(rule.path("patterns"), label);
            terms += keywords.size() + patterns.size();
            var score = rule.path("score").isNumber() ? rule.path("score").asDouble() : DEFAULT_SCORE;
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException("The score of label '" + label + "' is between 0 and 1.");
            }
            rules.add(LabelRule.of(label, keywords, patterns, score));
        }
        if (terms > MAX_TERMS) {
            throw new IllegalArgumentException(
                    "At most " + MAX_TERMS + " keywords and patterns in all, not " + terms + ".");
        }
        return new RuleSet(List.copyOf(rules));
    }

    private static List<String> strings(JsonNode node, String label) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("Keywords and patterns of label '" + label + "' are lists of text.");
        }
        var values = new ArrayList<String>();
        for (var value : node) {
            if (!value.isString()) {
                throw new IllegalArgumentException("Keywords and patterns of label '" + label + "' are text.");
            }
            values.add(value.asString());
        }
        return values;
    }
}
