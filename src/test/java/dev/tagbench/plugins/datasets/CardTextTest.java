package dev.tagbench.plugins.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardTextTest {

    @Test
    void keeps_markdown_text_on_one_line_without_html() {
        assertThat(CardText.markdown("a\r\nb\u2028c <i>&")).isEqualTo("a b c &lt;i&gt;&amp;");
    }

    @Test
    void escapes_pipes_and_the_backslash_before_them_in_table_cells() {
        // Without escaping the backslash, "\|" would become "\\|": an escaped backslash and a cell border.
        assertThat(CardText.cell("a|b\\|c")).isEqualTo("a\\|b\\\\\\|c");
    }

    @Test
    void writes_yaml_double_quoted_strings() {
        assertThat(CardText.yamlString("say \"hi\" \\ now\n---")).isEqualTo("\"say \\\"hi\\\" \\\\ now ---\"");
    }

    @Test
    void names_the_hub_size_category() {
        assertThat(DatasetCard.sizeCategory(0)).isEqualTo("n<1K");
        assertThat(DatasetCard.sizeCategory(999)).isEqualTo("n<1K");
        assertThat(DatasetCard.sizeCategory(1_000)).isEqualTo("1K<n<10K");
        assertThat(DatasetCard.sizeCategory(2_500_000)).isEqualTo("1M<n<10M");
    }
}
