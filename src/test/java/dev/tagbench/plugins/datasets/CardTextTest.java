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
    void escapes_what_would_start_a_link_an_image_emphasis_code_or_math() {
        assertThat(CardText.markdown("![x](y) [a][b] *s* `c` ~~d~~ $m$"))
                .isEqualTo("!\\[x\\](y) \\[a\\]\\[b\\] \\*s\\* \\`c\\` \\~\\~d\\~\\~ \\$m\\$");
    }

    @Test
    void keeps_underscores_inside_words_and_escapes_the_others() {
        assertThat(CardText.markdown("attack_report _em_")).isEqualTo("attack_report \\_em\\_");
    }

    @Test
    void puts_addresses_a_renderer_would_link_by_itself_into_code_spans() {
        assertThat(CardText.markdown("see https://evil.example, www.evil.example or spy@evil.example"))
                .isEqualTo("see `https://evil.example,` `www.evil.example` or `spy@evil.example`");
        assertThat(CardText.markdown("[click](javascript:alert(1))")).isEqualTo("`[click](javascript:alert(1))`");
        assertThat(CardText.cell("a|https://x.example/a|b")).isEqualTo("`a\\|https://x.example/a\\|b`");
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
