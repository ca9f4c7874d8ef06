package dev.tagbench.plugins.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tagbench.project.DefaultLabelSchema;
import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import dev.tagbench.suggest.LabelSuggester.Suggestion;
import dev.tagbench.suggest.SuggestionContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RuleSuggesterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleSuggester rules = new RuleSuggester();

    @Test
    void keywords_match_whole_words_in_any_case_and_patterns_as_re2() {
        var settings = json("""
                {"rules": [
                  {"label": "pledge", "keywords": ["pledged", "promised"], "score": 0.8},
                  {"label": "troop_claim", "patterns": ["[0-9][0-9,]* (troops|soldiers)"]}
                ]}""");
        var suggestions = suggest(
                settings,
                "Japan PLEDGED $4.5 billion.",
                "The unpledged funds stay.",
                "Officials said 2,000 troops moved, as promised.");

        assertThat(suggestions)
                .extracting(Suggestion::sentenceId, Suggestion::labelKey, Suggestion::confidence, Suggestion::reason)
                .containsExactlyInAnyOrder(
                        tuple(0L, "pledge", 0.8, "matched \u201cPLEDGED\u201d"),
                        tuple(2L, "pledge", 0.8, "matched \u201cpromised\u201d"),
                        tuple(2L, "troop_claim", 0.9, "matched \u201c2,000 troops\u201d"));
    }

    @Test
    void a_catastrophic_pattern_for_backtracking_engines_matches_in_linear_time() {
        // (a+)+b takes exponential time in java.util.regex on a run of a's without a b; RE2 never backtracks.
        var settings = json("{\"rules\": [{\"label\": \"pledge\", \"patterns\": [\"(a+)+b\"]}]}");
        var text = "a".repeat(50_000) + "!";
        assertThat(suggest(settings, text)).isEmpty();
        assertThat(suggest(settings, "aaab")).hasSize(1);
    }

    @Test
    void invalid_settings_are_refused_with_a_reason() {
        var schema = DefaultLabelSchema.LABELS;
        assertThatThrownBy(() -> rules.checkSettings(
                        json("{\"rules\": [{\"label\": \"gossip\", \"keywords\": [\"x\"]}]}"), schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown label 'gossip'");
        assertThatThrownBy(() -> rules.checkSettings(
                        json("{\"rules\": [{\"label\": \"pledge\", \"patterns\": [\"(?=pledge)\"]}]}"), schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid RE2 regular expression");
        assertThatThrownBy(() -> rules.checkSettings(
                        json("{\"rules\": [{\"label\": \"pledge\", \"keywords\": [\"x\"], \"score\": 1.5}]}"), schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> rules.checkSettings(json("{\"rules\": {\"label\": \"pledge\"}}"), schema))
                .isInstanceOf(IllegalArgumentException.class);
        rules.checkSettings(json("{}"), schema);
    }

    private List<Suggestion> suggest(JsonNode settings, String... texts) {
        var sentences = new ArrayList<SentenceToLabel>();
        for (var i = 0; i < texts.length; i++) {
            sentences.add(new SentenceToLabel(i, texts[i]));
        }
        return rules.suggest(new SuggestionContext(1, DefaultLabelSchema.LABELS, settings, null), sentences);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
