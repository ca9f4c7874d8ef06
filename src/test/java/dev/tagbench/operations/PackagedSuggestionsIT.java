package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.PackagedApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The MiniLM suggester works from the packaged jar, whose ONNX Runtime and DJL tokenizer carry only
 * the native libraries of the build's platforms: a manager imports approved sentences, trains, and
 * gets the label for a new sentence. Nothing is fetched from the network: the JVM's HTTP and HTTPS
 * connections to other hosts go to a proxy port where nothing listens, and DJL starts with an empty
 * cache directory, into which it unpacks its tokenizer's library from the jar.
 */
class PackagedSuggestionsIT {

    private static final Path WORK = Path.of("target", "packaged-suggestions-it");
    private static final Path DATA = WORK.resolve("data");
    private static final Path DJL_CACHE = WORK.resolve("djl-cache");
    private static final String ADMIN_PASSWORD = "suggestions-test-admin";

    private static PackagedApp app;

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) {
            app.stop();
        }
        PackagedApp.stopLeftoverPostgres(DATA);
        FileSystemUtils.deleteRecursively(DATA);
    }

    @Test
    void the_packaged_jar_learns_from_approved_sentences_and_suggests_with_nothing_downloaded() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(DJL_CACHE);
        var nowhere = "" + unusedPort();
        app = PackagedApp.start(
                DATA,
                WORK.resolve("app.log"),
                ADMIN_PASSWORD,
                List.of(
                        "-Xmx512m",
                        "-DDJL_CACHE_DIR=" + DJL_CACHE.toAbsolutePath(),
                        "-Dhttp.proxyHost=127.0.0.1",
                        "-Dhttp.proxyPort=" + nowhere,
                        "-Dhttps.proxyHost=127.0.0.1",
                        "-Dhttps.proxyPort=" + nowhere));
        var admin = new ApiClient(app.port(), "admin", ADMIN_PASSWORD);
        var project = admin.post("/api/v1/projects", "{\"name\": \"Packaged suggestions\"}")
                .json()
                .get("id")
                .asLong();
        var approved = admin.upload(
                "/api/v1/projects/" + project + "/articles?keepLabels=true", Map.of("approved.jsonl", approved()));
        assertThat(approved.json().get("imported")).as(approved.body()).hasSize(18);
        var open = admin.upload(
                        "/api/v1/projects/" + project + "/articles",
                        Map.of(
                                "open.txt",
                                "Spain pledged 40 million euros in new aid to Ukraine on Tuesday.\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                .json()
                .at("/imported/0/articleId")
                .asLong();

        assertThat(admin.post("/api/v1/projects/" + project + "/suggesters/minilm/train", "")
                        .status())
                .isEqualTo(202);
        var trained = awaitTraining(admin, project);
        assertThat(trained.get("status").asString()).as(trained.toString()).isEqualTo("ready");
        assertThat(trained.get("trainedOn").asInt()).isEqualTo(18);

        var suggestions = admin.get("/api/v1/articles/" + open + "/suggestions").json();
        assertThat(suggestions)
                .singleElement()
                .satisfies(sentence -> assertThat(sentence.get("labels")).anySatisfy(label -> {
                    assertThat(label.get("key").asString()).isEqualTo("pledge");
                    assertThat(label.get("suggester").asString()).isEqualTo("minilm");
                    assertThat(label.get("score").asDouble()).isGreaterThan(0.5);
                }));
        try (var cached = Files.walk(DJL_CACHE)) {
            assertThat(cached.map(path -> path.getFileName().toString()))
                    .as("the tokenizer's library, unpacked from the jar into DJL's cache")
                    .contains("libtokenizers.so");
        }
    }

    /** Six pledges, six attack reports and six sentences with no label, each its own approved article. */
    private static byte[] approved() {
        var countries = List.of("Japan", "Germany", "Canada", "Norway", "Italy", "Poland");
        var places = List.of("Odesa", "Kharkiv", "Dnipro", "Lviv", "Sumy", "Kherson");
        var lines = new StringBuilder();
        for (var i = 0; i < 6; i++) {
            lines.append("{\"text\": \"")
                    .append(countries.get(i))
                    .append(" pledged ")
                    .append(i + 3)
                    .append(" million dollars in new aid to Ukraine on Monday.\", \"labels\": [\"pledge\"]}\n");
            lines.append("{\"text\": \"A missile attack hit an apartment block in ")
                    .append(places.get(i))
                    .append(" overnight, killing ")
                    .append(i + 2)
                    .append(" people.\", \"labels\": [\"attack_report\"]}\n");
            lines.append("{\"text\": \"The weather in ")
                    .append(places.get(i))
                    .append(" stayed mild and dry this week, report ")
                    .append(i)
                    .append(".\", \"labels\": []}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The MiniLM suggester's row once its training has ended, ready or failed. */
    private static JsonNode awaitTraining(ApiClient admin, long project) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode row = null;
        while (System.nanoTime() < deadline) {
            for (var suggester :
                    admin.get("/api/v1/projects/" + project + "/suggesters").json()) {
                if (suggester.get("id").asString().equals("minilm")) {
                    row = suggester;
                }
            }
            if (row != null
                    && List.of("ready", "failed").contains(row.get("status").asString())) {
                return row;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The training did not end within 5 minutes: " + row);
    }

    private static int unusedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
