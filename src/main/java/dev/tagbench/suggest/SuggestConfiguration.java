package dev.tagbench.suggest;

import dev.tagbench.extension.ExtensionRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SuggestConfiguration {

    @Bean
    ExtensionRegistry<LabelSuggester> labelSuggesters(ObjectProvider<LabelSuggester> suggesters, Environment env) {
        return new ExtensionRegistry<>(
                "LabelSuggester", "suggester", suggesters.orderedStream().toList(), env);
    }
}
