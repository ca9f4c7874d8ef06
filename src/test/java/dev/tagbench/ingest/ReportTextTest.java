package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void quotes_short_values_whole_and_cuts_long_ones() {
        assertThat(ReportText.quote("title")).isEqualTo("title");
        var long_ = "x".repeat(10_000);
        assertThat(ReportText.quote(long_)).hasSize(ReportText.MAX_QUOTED).endsWith("x…");
    }

    @Test
    void never_cuts_between_the_two_halves_of_a_character() {
        var emoji = "a".repeat(ReportText.MAX_QUOTED - 2) + "😀😀";
        var quoted = ReportText.quote(emoji);
        assertThat(quoted).endsWith("a…");
        assertThat(quoted.codePoints()).allMatch(Character::isValidCodePoint);
    }

    @Test
    void lists_the_first_ten_values_and_counts_the_rest() {
        var million = IntStream.range(0, 1_000_000).mapToObj(i -> "c" + i).toList();
        assertThat(ReportText.list(million)).isEqualTo("c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 999,990 more");
        assertThat(ReportText.list(List.of("title", "body"))).isEqualTo("title, body");
        assertThat(ReportText.list(List.of())).isEmpty();
    }

    @Test
    void bounds_a_message_and_says_how_much_was_left_out() {
        assertThat(ReportText.bound("short")).isEqualTo("short");
        var bounded = ReportText.bound("y".repeat(8_900_000));
        assertThat(bounded).hasSizeLessThanOrEqualTo(ReportText.MAX_MESSAGE).endsWith("… (8,899,040 more characters)");
    }

    @Test
    void shortens_file_names_in_the_middle_keeping_archive_and_extension() {
        var name = "batch.zip › " + "deep/".repeat(10_000) + "story.txt";
        var shortened = ReportText.fileName(name);
        assertThat(shortened)
                .hasSizeLessThanOrEqualTo(200)
                .startsWith("batch.zip › deep/")
                .endsWith("/story.txt");
        assertThat(ReportText.fileName("a.txt")).isEqualTo("a.txt");
    }

    @Test
    void a_report_bounds_whatever_a_plugin_put_in_it() {
        var report = new ImportReport(
                "f".repeat(5_000) + ".txt",
                List.of(),
                List.of(),
                List.of(new ImportReport.Problem("row ".repeat(1_000), "m".repeat(50_000))),
                "r".repeat(50_000),
                List.of("w".repeat(50_000)));
        assertThat(report.fileName()).hasSizeLessThanOrEqualTo(200).endsWith("f.txt");
        assertThat(report.rejected()).hasSizeLessThanOrEqualTo(ReportText.MAX_MESSAGE);
        assertThat(report.warnings().getFirst()).hasSizeLessThanOrEqualTo(ReportText.MAX_MESSAGE);
        assertThat(report.problems().getFirst().where()).hasSize(ReportText.MAX_QUOTED);
        assertThat(report.problems().getFirst().message()).hasSizeLessThanOrEqualTo(ReportText.MAX_MESSAGE);
    }

    @Test
    void a_file_of_many_problems_lists_the_first_hundred_and_counts_the_rest() {
        var problems = new ImportProblems();
        for (var i = 1; i <= 250_000; i++) {
            problems.add("row " + i, "the text cell is empty");
        }
        assertThat(problems.count()).isEqualTo(250_000);
        assertThat(problems.first().where()).isEqualTo("row 1");
        assertThat(problems.list()).hasSize(ImportProblems.KEPT + 1);
        assertThat(problems.list().getLast())
                .isEqualTo(new ImportReport.Problem("further problems", "249,900 more like these were not listed"));
    }
}
