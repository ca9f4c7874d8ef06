package dev.tagbench.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleStateTest {

    @Test
    void each_state_has_its_own_lower_case_name_for_people() {
        assertThat(Arrays.stream(ArticleState.values()).map(ArticleState::displayName))
                .containsExactly("new", "in progress", "waiting for review", "in review", "approved", "rejected")
                .allMatch(name -> name.equals(name.toLowerCase(Locale.ROOT)))
                .doesNotHaveDuplicates();
    }
}
