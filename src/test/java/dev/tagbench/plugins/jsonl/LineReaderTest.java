package dev.tagbench.plugins.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> lines(String text, int max) throws IOException {
        var result = new ArrayList<LineReader.Line>();
        try (var reader = new LineReader(new StringReader(text), max)) {
            LineReader.Line line;
            while ((line = reader.next()) != null) {
                result.add(line);
            }
        }
        return result;
    }

    @Test
    void ends_lines_at_lf_crlf_and_lone_cr_like_read_line() throws IOException {
        assertThat(lines("a\nb\r\nc\rd", 100))
                .containsExactly(
                        new LineReader.Line(1, "a"),
                        new LineReader.Line(2, "b"),
                        new LineReader.Line(3, "c"),
                        new LineReader.Line(4, "d"));
        assertThat(lines("a\n\n", 100)).containsExactly(new LineReader.Line(1, "a"), new LineReader.Line(2, ""));
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void reports_an_over_long_line_without_its_text_and_goes_on() throws IOException {
        assertThat(lines("short\n" + "y".repeat(200_000) + "\r\nend", 100_000))
                .containsExactly(
                        new LineReader.Line(1, "short"), new LineReader.Line(2, null), new LineReader.Line(3, "end"));
    }
}
