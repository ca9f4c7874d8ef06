package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TagbenchIntegrationTest
class ImportServiceIT {

    @Autowired
    ImportService imports;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void re_importing_the_same_content_reports_a_duplicate_instead_of_a_second_article() {
        var project = data.project();
        var text = "Officials pledged aid on Monday.\n\nThe talks went on for hours.\n";
        var first = imports.importFile(data.admin(), project.id(), source("a.txt", text));
        var second = imports.importFile(data.admin(), project.id(), source("b.txt", text.replace("\n", "\r\n")));
        assertThat(first.imported()).hasSize(1);
        assertThat(second.imported()).isEmpty();
        assertThat(second.duplicates())
                .singleElement()
                .satisfies(d -> assertThat(d.articleId())
                        .isEqualTo(first.imported().getFirst().articleId()));
        assertThat(articleCount(project.id())).isEqualTo(1);
    }

    @Test
    void a_rejected_file_stores_nothing_and_says_why() {
        var project = data.project();
        var latin1 = "Caf\u00e9 owners pledged support.".getBytes(StandardCharsets.ISO_8859_1);
        var report = imports.importFile(data.admin(), project.id(), new InMemorySource("latin1.txt", latin1));
        assertThat(report.rejected())
                .isEqualTo("not UTF-8 text: byte 0xE9 at offset 3 (save the file as UTF-8 and import it again)");
        assertThat(imports.importFile(data.admin(), project.id(), source("junk.txt", "Loading\n\nSearch\n"))
                        .rejected())
                .isEqualTo("no sentences found");
        assertThat(imports.importFile(data.admin(), project.id(), source("report.pdf", "%PDF-1.7"))
                        .rejected())
                .isEqualTo("not a supported file type");
        assertThat(articleCount(project.id())).isZero();
    }

    @Test
    void headlines_and_posts_as_jsonl_or_csv_records_are_imported_as_one_sentence_each() {
        var project = data.project();
        var jsonl = """
                {"text": "Japan pledges $4.5 billion in new aid to Ukraine", "source": "wire"}
                {"text": "Source: Russia lost 500 tanks in October"}
                {"text": "Air defence shot down 12 of 14 drones overnight\\n\\nhttps://t.co/abc123"}
                """;
        var csv = "text,author\nZelensky thanks Kishida for generators,@kyivindependent\n"
                + "\"Just landed in Kyiv\n#StandWithUkraine\",@reporter\n";
        var fromJsonl = imports.importFile(data.admin(), project.id(), source("posts.jsonl", jsonl));
        var fromCsv = imports.importFile(data.admin(), project.id(), source("posts.csv", csv));
        assertThat(fromJsonl.problems()).isEmpty();
        assertThat(fromCsv.problems()).isEmpty();
        assertThat(fromJsonl.imported())
                .extracting(ImportReport.Imported::title, ImportReport.Imported::sentences)
                .containsExactly(
                        tuple("Japan pledges $4.5 billion in new aid to Ukraine", 1),
                        tuple("Source: Russia lost 500 tanks in October", 1),
                        tuple("Air defence shot down 12 of 14 drones overnight", 1));
        assertThat(fromCsv.imported())
                .extracting(ImportReport.Imported::title)
                .satisfiesExactly(
                        title -> assertThat(title).isEqualTo("Zelensky thanks Kishida for generators"),
                        title -> assertThat(title).startsWith("Just landed in Kyiv"));
        assertThat(articleCount(project.id())).isEqualTo(5);
    }

    @Test
    void a_file_whose_reading_fails_midway_keeps_the_articles_read_before_and_says_where_it_stopped() {
        var project = data.project();
        var jsonl = feed(300);
        var failAt = 38_000;
        // The third opening is the importer's read (the first two: the pipeline's look at the head, the
        // importer's UTF-8 check); it fails after 38,000 bytes, as a disk or a network share might.
        var report = imports.importFile(data.admin(), project.id(), new FailingSource(jsonl, 3, failAt, null));

        var readBefore =
                (int) jsonl.substring(0, failAt).chars().filter(c -> c == '\n').count();
        assertThat(readBefore).isGreaterThan(ArticleBatch.MAX_ARTICLES);
        assertThat(report.rejected()).isNull();
        assertThat(report.imported()).hasSize(readBefore);
        assertThat(report.problems())
                .containsExactly(new ImportReport.Problem(
                        "after article " + readBefore, "reading stopped early; the articles before it were imported"));
        assertThat(titles(project.id()))
                .hasSize(readBefore)
                .startsWith("Feed article 1")
                .endsWith("Feed article " + readBefore);
    }

    @Test
    void a_file_refused_midway_by_its_importer_keeps_what_was_handed_on_and_says_why_it_stopped() {
        var project = data.project();
        var jsonl = feed(300);
        // The file changes between the importer's UTF-8 check and its read: line 250 is no longer UTF-8.
        var changed = jsonl.getBytes(StandardCharsets.UTF_8);
        var line250 = nthLineStart(jsonl, 250) + 2;
        changed[line250] = (byte) 0xFF;
        var report =
                imports.importFile(data.admin(), project.id(), new FailingSource(jsonl, 3, Integer.MAX_VALUE, changed));

        assertThat(report.rejected()).isNull();
        var kept = report.imported().size();
        assertThat(kept).isBetween(1, 249);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("after article " + kept);
            assertThat(problem.message()).matches("line \\d+ is not UTF-8 text; the articles before it were imported");
        });
        assertThat(titles(project.id())).hasSize(kept).doesNotContain("Feed article 250");
    }

    @Test
    void a_file_whose_reading_fails_before_its_first_article_stores_nothing() {
        var project = data.project();
        var report = imports.importFile(data.admin(), project.id(), new FailingSource(feed(300), 3, 10, null));
        assertThat(report.rejected()).isEqualTo("the file could not be read");
        assertThat(report.imported()).isEmpty();
        assertThat(articleCount(project.id())).isZero();
    }

    @Test
    void files_over_the_size_limit_are_refused_before_reading() {
        var project = data.project();
        var huge = new ImportSource() {
            @Override
            public String fileName() {
                return "huge.txt";
            }

            @Override
            public long size() {
                return 200L * 1024 * 1024;
            }

            @Override
            public InputStream open() {
                throw new AssertionError("a file over the limit must not be opened");
            }
        };
        assertThat(imports.importFile(data.admin(), project.id(), huge).rejected())
                .isEqualTo("larger than the 20 MB limit");
    }

    @Test
    void only_managers_import() {
        var project = data.project();
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        assertThatThrownBy(() -> imports.importFile(curator, project.id(), source("a.txt", "A sentence here.")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(articleCount(project.id())).isZero();
    }

    /** JSON Lines of distinct short articles, titled "Feed article 1", "Feed article 2", …. */
    private static String feed(int articles) {
        var out = new StringBuilder();
        for (var i = 1; i <= articles; i++) {
            out.append("{\"title\": \"Feed article ")
                    .append(i)
                    .append("\", \"text\": \"Officials in district ")
                    .append(i)
                    .append(" said the aid convoy arrived on Monday after a long delay at the border.\"}\n");
        }
        return out.toString();
    }

    private static int nthLineStart(String text, int line) {
        var start = 0;
        for (var i = 1; i < line; i++) {
            start = text.indexOf('\n', start) + 1;
        }
        return start;
    }

    private List<String> titles(long projectId) {
        return jdbc.sql("select title from article where project_id = :p order by id")
                .param("p", projectId)
                .query(String.class)
                .list();
    }

    /**
     * A file that reads differently from its {@code failingOpen}-th opening on: it breaks off with an
     * I/O error after {@code failAfter} bytes, or reads as {@code changed}.
     */
    private static final class FailingSource implements ImportSource {

        private final byte[] bytes;
        private final int failingOpen;
        private final int failAfter;
        private final byte @Nullable [] changed;
        private int opened;

        FailingSource(String text, int failingOpen, int failAfter, byte @Nullable [] changed) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
            this.failingOpen = failingOpen;
            this.failAfter = failAfter;
            this.changed = changed;
        }

        @Override
        public String fileName() {
            return "feed.jsonl";
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            if (++opened < failingOpen) {
                return new ByteArrayInputStream(bytes);
            }
            var content = changed != null ? changed : bytes;
            return new InputStream() {
                private int position;

                @Override
                public int read() throws IOException {
                    var one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (position >= failAfter) {
                        throw new IOException("the disk went away");
                    }
                    if (position >= content.length) {
                        return -1;
                    }
                    var n = Math.min(length, Math.min(failAfter, content.length) - position);
                    System.arraycopy(content, position, buffer, offset, n);
                    position += n;
                    return n;
                }
            };
        }
    }

    private int articleCount(long projectId) {
        return jdbc.sql("select count(*) from article where project_id = :p")
                .param("p", projectId)
                .query(Integer.class)
                .single();
    }

    private static InMemorySource source(String name, String text) {
        return new InMemorySource(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
