package dev.tagbench.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import org.springframework.mock.env.MockEnvironment;

class ExtensionRegistryTest {

    record Plugin(String id) implements Extension {
        @Override
        public String name() {
            return "Plugin " + id;
        }
    }

    @Order(1)
    record First(String id) implements Extension {
        @Override
        public String name() {
            return "first";
        }
    }

    private final MockEnvironment env = new MockEnvironment();

    @Test
    void a_plugin_switched_off_is_listed_as_installed_but_never_used() {
        env.setProperty("tagbench.plugins.off.enabled", "false");
        var registry = new ExtensionRegistry<>("Thing", List.of(new Plugin("on"), new Plugin("off")), env);
        assertThat(registry.all()).extracting(Extension::id).containsExactly("on");
        assertThat(registry.find("off")).isEmpty();
        assertThat(registry.installed())
                .extracting(InstalledExtension::id, InstalledExtension::enabled)
                .containsExactly(tuple("on", true), tuple("off", false));
    }

    @Test
    void orders_plugins_by_their_order_annotation() {
        var registry = new ExtensionRegistry<Extension>("Thing", List.of(new Plugin("b"), new First("a")), env);
        assertThat(registry.all()).extracting(Extension::id).containsExactly("a", "b");
    }

    @Test
    void fails_fast_on_two_plugins_with_one_id() {
        assertThatThrownBy(() -> new ExtensionRegistry<>("Thing", List.of(new Plugin("same"), new Plugin("same")), env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two Thing plugins have the id 'same'");
    }

    @Test
    void refuses_ids_that_are_not_lower_case_words() {
        assertThatThrownBy(() -> new ExtensionRegistry<>("Thing", List.of(new Plugin("Bad Id")), env))
                .hasMessageContaining("invalid id 'Bad Id'");
    }

    @Test
    void get_names_the_installed_plugins_when_an_id_is_missing() {
        var registry = new ExtensionRegistry<>("Thing", List.of(new Plugin("one")), env);
        assertThat(registry.find("one")).isPresent();
        assertThat(registry.find("two")).isEmpty();
        assertThatThrownBy(() -> registry.get("two")).hasMessageContaining("enabled: [one]");
    }
}
