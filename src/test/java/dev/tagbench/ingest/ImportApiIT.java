package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/projects/{id}/articles}: many files, ZIPs and hostile uploads over real HTTP. */
@TagbenchIntegrationTest
class ImportApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Project project;

    @BeforeEach
    void setUp() {
        project = data.project();
    }

    @Test
    void imports_good_files_reports_duplicates_and_refuses_bad_ones_in_one_request() {
        var good = "Officials pledged aid on Monday.\n\nTroops moved to the border.\n";
        var random = new byte[3000];
        new Random(1).nextBytes(random);
        random[0] = 'x';
        var response = upload(
                "admin",
                "admin-password",
                Map.of(
                        "a.txt",
                        bytes(good),
                        "b.txt",
                        bytes(good.replace("\n", "\r\n")),
                        "c.txt",
                        random,
                        "d.txt",
                        bytes("Loading\n\nSearch\n")));
        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("imported")).hasSize(1);
        assertThat(body.get("imported").get(0).get("sentences").asInt()).isEqualTo(2);
        assertThat(body.get("duplicates")).hasSize(1);
        assertThat(body.get("duplicates").get(0).get("articleId").asLong())
                .isEqualTo(body.get("imported").get(0).get("articleId").asLong());
        assertThat(body.get("errors"))
                .extracting(
                        e -> e.get("file").asString() + ": " + e.get("message").asString())
                .containsExactlyInAnyOrder(
                        "c.txt: not a text file: NUL byte at offset " + indexOfNul(random),
                        "d.txt: no sentences found");
        assertThat(articles()).isEqualTo(1);
    }

    @Test
    void a_zip_is_unpacked_in_memory_and_hostile_entries_are_refused() throws IOException {
        var zip = zip(Map.of(
                "news/one.txt", bytes("The minister pledged support.\n"),
                "news/two.txt", bytes("A drone attack hit the port.\n"),
                "../../escape.txt", bytes("Escaped text here.\n"),
                "/etc/absolute.txt", bytes("Absolute text here.\n"),
                "inner.zip", zip(Map.of("x.txt", bytes("Nested text.\n"))),
                "bomb.txt", new byte[15_000_000]));
        var response = upload("admin", "admin-password", Map.of("batch.zip", zip));
        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("imported"))
                .extracting(a -> a.get("file").asString())
                .containsExactlyInAnyOrder("batch.zip › news/one.txt", "batch.zip › news/two.txt");
        assertThat(body.get("errors"))
                .extracting(
                        e -> e.get("file").asString() + ": " + e.get("message").asString())
                .containsExactlyInAnyOrder(
                        "batch.zip › ../../escape.txt: path leads outside the archive; not imported",
                        "batch.zip › /etc/absolute.txt: absolute path in the archive; not imported",
                        "batch.zip › inner.zip: archives inside archives are not imported",
                        "batch.zip › bomb.txt: compressed more than 100 to 1, which only ZIP bombs are; not imported");
        assertThat(articles()).isEqualTo(2);
    }

    @Test
    void a_file_over_the_limit_is_refused_and_the_others_still_import() {
        var big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        var response = upload(
                "admin", "admin-password", Map.of("big.txt", big, "small.txt", bytes("A small article about aid.\n")));
        assertThat(response.body().get("errors").get(0).get("message").asString())
                .isEqualTo("larger than the 20 MB limit");
        assertThat(response.body().get("imported")).hasSize(1);
    }

    @Test
    void curators_may_not_import_and_strangers_learn_nothing() {
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var stranger = data.user("stranger");
        var files = Map.of("a.txt", bytes("A sentence to import.\n"));
        assertThat(upload(curator.username(), TestData.PASSWORD, files).status())
                .isEqualTo(403);
        assertThat(upload(stranger.username(), TestData.PASSWORD, files).status())
                .isEqualTo(404);
        assertThat(upload(curator.username(), "wrong", files).status()).isEqualTo(401);
        assertThat(articles()).isZero();
    }

    record Response(int status, JsonNode body) {}

    private Response upload(String user, String password, Map<String, byte[]> files) {
        var parts = new LinkedMultiValueMap<String, Object>();
        files.forEach((name, content) -> parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        var auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/projects/{id}/articles", project.id())
                .header("Authorization", "Basic " + auth)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) ->
                        new Response(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    private int articles() {
        return jdbc.sql("select count(*) from article where project_id = :p")
                .param("p", project.id())
                .query(Integer.class)
                .single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfNul(byte[] bytes) {
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
