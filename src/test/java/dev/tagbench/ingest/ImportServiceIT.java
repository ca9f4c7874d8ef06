package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
