package dev.tagbench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.plugins.llm.LlmSuggesterAutoConfiguration;
import dev.tagbench.plugins.minilm.MiniLmSuggesterAutoConfiguration;
import dev.tagbench.plugins.rules.RuleSuggesterAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The built-in suggesters register like any plugin, and the embedding model is not loaded for it. */
class SuggesterRegistrationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SuggestConfiguration.class)
            .withConfiguration(AutoConfigurations.of(
                    MiniLmSuggesterAutoConfiguration.class, RuleSuggesterAutoConfiguration.class));

    @Test
    @SuppressWarnings("unchecked")
    void the_learning_suggester_comes_first_and_is_on_by_default_the_rules_are_off_until_written() {
        runner.run(context -> {
            var registry = (ExtensionRegistry<LabelSuggester>) context.getBean(ExtensionRegistry.class);
            assertThat(registry.all()).extracting(LabelSuggester::id).containsExactly("minilm", "rules");
            assertThat(registry.get("minilm").trainable()).isTrue();
            assertThat(registry.get("minilm").onByDefault()).isTrue();
            assertThat(registry.get("minilm").modelVersion()).startsWith("all-minilm-l6-v2-q@1.19.0-beta29");
            assertThat(registry.get("rules").trainable()).isFalse();
            assertThat(registry.get("rules").onByDefault()).isFalse();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_suggester_switched_off_by_its_property_stays_listed_but_is_not_used() {
        runner.withPropertyValues("tagbench.plugins.suggester.minilm.enabled=false")
                .run(context -> {
                    var registry = (ExtensionRegistry<LabelSuggester>) context.getBean(ExtensionRegistry.class);
                    assertThat(registry.all()).extracting(LabelSuggester::id).containsExactly("rules");
                    assertThat(registry.installed())
                            .filteredOn(plugin -> plugin.id().equals("minilm"))
                            .extracting(InstalledExtension::enabled)
                            .containsExactly(false);
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_language_model_suggester_is_off_until_set_up_and_its_property_switches_it_off() {
        var withLlm = runner.withConfiguration(AutoConfigurations.of(LlmSuggesterAutoConfiguration.class));
        withLlm.run(context -> {
            var registry = (ExtensionRegistry<LabelSuggester>) context.getBean(ExtensionRegistry.class);
            assertThat(registry.all()).extracting(LabelSuggester::id).containsExactly("minilm", "rules", "llm");
            assertThat(registry.get("llm").onByDefault()).isFalse();
            assertThat(registry.get("llm").trainable()).isFalse();
        });
        withLlm.withPropertyValues("tagbench.plugins.suggester.llm.enabled=false")
                .run(context -> {
                    var registry = (ExtensionRegistry<LabelSuggester>) context.getBean(ExtensionRegistry.class);
                    assertThat(registry.all()).extracting(LabelSuggester::id).containsExactly("minilm", "rules");
                });
    }
}
