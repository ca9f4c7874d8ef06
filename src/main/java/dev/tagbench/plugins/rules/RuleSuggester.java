package dev.tagbench.plugins.rules;

import dev.tagbench.project.Label;
import dev.tagbench.suggest.LabelSuggester;
import dev.tagbench.suggest.SuggestionContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

/**
 * Suggests a label where one of its keywords or regular expressions matches, with the score the
 * manager gave the rule. Rules are a project's settings of this suggester, edited by its managers.
 */
@Order(20)
public class RuleSuggester implements LabelSuggester {

    @Override
    public String id() {
        return "rules";
    }

    @Override
    public String name() {
        return "Keywords and patterns";
    }

    /** Off until a manager writes rules and switches it on. */
    @Override
    public boolean onByDefault() {
        return false;
    }

    @Override
    public void checkSettings(JsonNode settings, List<Label> schema) {
        RuleSet.parse(settings, schema);
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences) {
        var rules = RuleSet.parse(context.settings(), context.schema());
        var suggestions = new ArrayList<Suggestion>();
        for (var sentence : sentences) {
            for (var rule : rules.rules()) {
                rule.match(sentence.text())
                        .ifPresent(phrase -> suggestions.add(new Suggestion(
                                sentence.sentenceId(),
                                rule.label(),
                                rule.score(),
                                "matched \u201c" + phrase + "\u201d")));
            }
        }
        return suggestions;
    }
}
