package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleState;
import dev.tagbench.export.ExportService;
import dev.tagbench.export.Snapshot;
import dev.tagbench.project.Label;
import dev.tagbench.project.Member;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.review.ReviewSheet;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiToken;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@code bash} examples of docs/api.md, in order, with the real curl against the running
 * application, then checks through the services that they did what the page says. A block fenced
 * as {@code bash no-run} is skipped: the setup it shows is what this test provides.
 */
@TagbenchIntegrationTest
class ApiDocsIT {

    private static final Path PAGE = Path.of("docs", "api.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash([^\\n]*)\\n(.*?)^```[ \\t]*$");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^[ \\t]*([A-Z][A-Z0-9_]*)=");
    private static final Pattern DECLARED = Pattern.compile("(?m)^declare -\\S* ([A-Z][A-Z0-9_]*)=\"(.*)\"$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${tagbench.admin-password}")
    String adminPassword;

    @Autowired
    UserService users;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Autowired
    ExportService exports;

    @Autowired
    ApiTokenService tokens;

    @TempDir
    Path dir;

    /** A fenced bash block and the line of docs/api.md it starts on, for the failure message. */
    record Block(int line, String script) {}

    @Test
    void the_examples_run_in_order_and_do_what_the_page_says() throws Exception {
        requireOnPath("curl", "jq");
        var blocks = runnableBlocks(Files.readString(PAGE));
        assertThat(blocks).as("runnable bash blocks in %s", PAGE).hasSizeGreaterThanOrEqualTo(15);
        for (var block : blocks) {
            run(block);
        }
        var shell = variables();

        var admin = user("admin");
        var projectId = Long.parseLong(shell.get("PROJECT"));
        var articleId = Long.parseLong(shell.get("ARTICLE"));
        var sentenceId = Long.parseLong(shell.get("SENTENCE"));
        var lastId = Long.parseLong(shell.get("LAST"));

        assertThat(projects.members(admin, projectId))
                .extracting(Member::username, Member::roles)
                .contains(
                        tuple("mira", Set.of(ProjectRole.MANAGER)),
                        tuple("ana", Set.of(ProjectRole.ANNOTATOR)),
                        tuple("ben", Set.of(ProjectRole.ANNOTATOR)),
                        tuple("rhea", Set.of(ProjectRole.REVIEWER)));
        assertThat(shell.get("TOKEN")).startsWith("tbk_");
        assertThat(tokens.list(user("ana"))).extracting(ApiToken::name).containsExactly("pre-annotation script");
        assertThat(articles.all(admin, projectId, 0)).hasSize(2);

        var article = articles.get(admin, articleId);
        assertThat(article.state()).isEqualTo(ArticleState.APPROVED);
        var sentenceCount = article.sentences().size();
        assertThat(labelsBySentence(user("ana"), articleId))
                .hasSize(sentenceCount)
                .containsEntry(sentenceId, List.of("pledge"))
                .allSatisfy(
                        (id, labels) -> assertThat(labels).isEqualTo(id == sentenceId ? List.of("pledge") : List.of()));
        assertThat(labelsBySentence(user("ben"), articleId)).containsEntry(sentenceId, List.of("pledge"));

        var sheet = reviews.sheet(admin, articleId);
        var finals = sheet.sentences().stream()
                .collect(Collectors.toMap(ReviewSheet.Row::sentenceId, row -> String.valueOf(row.finalLabels())));
        // The reviewer chose troop_claim for the last sentence and, correcting after approval, also for the
        // first; the label was removed from the schema at the end.
        assertThat(finals).containsEntry(sentenceId, "[pledge]").containsEntry(lastId, "[]");
        var project = projects.get(admin, projectId);
        assertThat(project.labels())
                .extracting(Label::key)
                .containsExactly("pledge", "attack_report", "casualty_claim");
        assertThat(project.label("casualty_claim").orElseThrow().hotkey()).isEqualTo("4");
        assertThat(project.guidelines()).startsWith("# Rules\n\nGive a sentence every label that applies");
        assertThat(project.schemaVersion()).isEqualTo(4);
        assertThat(sheet.sentences().stream()
                        .filter(row -> row.sentenceId() == sentenceId)
                        .findFirst()
                        .orElseThrow()
                        .comments())
                .extracting(ReviewSheet.Comment::body)
                .containsExactly("The troops are not in this sentence.");

        var lines = Files.readAllLines(dir.resolve("dataset.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(sentenceCount);
        for (var line : lines) {
            var row = JSON.readTree(line);
            assertThat(row.propertyNames())
                    .contains(
                            "id",
                            "article_id",
                            "sentence_index",
                            "text",
                            "labels",
                            "split",
                            "annotators",
                            "reviewer",
                            "approved_at");
            assertThat(row.get("article_id").asLong()).isEqualTo(articleId);
            assertThat(row.get("reviewer").asString()).isEqualTo("rhea");
            if (row.get("id").asLong() == lastId) {
                assertThat(labels(row.get("labels"))).containsExactly("troop_claim");
            }
        }
        assertThat(Files.readAllLines(dir.resolve("dataset.csv")))
                .hasSize(sentenceCount + 1)
                .first()
                .asString()
                .startsWith("\uFEFFid,article_id,");
        assertThat(Files.readString(dir.resolve("dataset.parquet"), StandardCharsets.ISO_8859_1))
                .startsWith("PAR1")
                .endsWith("PAR1");
        var v2 = Files.readAllLines(dir.resolve("dataset-v2.jsonl"), StandardCharsets.UTF_8).stream()
                .map(JSON::readTree)
                .filter(row -> row.get("id").asLong() == sentenceId)
                .findFirst()
                .orElseThrow();
        assertThat(labels(v2.get("labels"))).containsExactly("pledge", "troop_claim");
        var copy = Long.parseLong(shell.get("COPY"));
        assertThat(articles.all(admin, copy, 0))
                .singleElement()
                .satisfies(rebuilt -> assertThat(rebuilt.title()).isEqualTo(article.title()))
                .satisfies(rebuilt -> assertThat(rebuilt.state()).isEqualTo(ArticleState.APPROVED));
        try (var zip = new ZipFile(dir.resolve("dataset.zip").toFile())) {
            assertThat(zip.stream().map(entry -> entry.getName()))
                    .contains("train.jsonl", "validation.jsonl", "test.jsonl", "README.md");
        }
        assertThat(Files.mismatch(dir.resolve("dataset.zip"), dir.resolve("again.zip")))
                .isEqualTo(-1L);
        assertThat(exports.snapshots(user("mira"), projectId))
                .extracting(Snapshot::format)
                .contains("jsonl", "csv", "hf");
        assertThat(users.all(data.admin()))
                .filteredOn(account -> account.username().equals("ben"))
                .singleElement()
                .satisfies(ben -> assertThat(ben.enabled()).isFalse())
                .satisfies(ben -> assertThat(ben.displayName()).isEqualTo("Ben (left the team)"));
        assertThat(new ApiClient(port, "ana", "a-longer-secret")
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(200);
        assertThat(new ApiClient(port, "ben", "ben-password")
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(401);
    }

    private static List<Block> runnableBlocks(String page) {
        var blocks = new ArrayList<Block>();
        var matcher = BLOCK.matcher(page);
        while (matcher.find()) {
            var info = matcher.group(1).strip();
            if (info.equals("no-run")) {
                continue;
            }
            assertThat(info).as("fence info of a bash block: empty or no-run").isEmpty();
            var line = (int) page.substring(0, matcher.start()).lines().count() + 1;
            blocks.add(new Block(line, matcher.group(2)));
        }
        return blocks;
    }

    /**
     * Runs one block in its own bash with {@code -euo pipefail}, so any failing command fails it.
     * Variables a block assigns (PROJECT=…) are saved to a file the next blocks read, as if the
     * reader pasted the blocks into one terminal.
     */
    private void run(Block block) throws IOException, InterruptedException {
        // Without --fail-with-body, curl exits 0 on an HTTP error and a broken example would pass.
        assertThat(count(block.script(), "\\bcurl\\b"))
                .as("every curl of the block at line %d uses --fail-with-body", block.line())
                .isEqualTo(count(block.script(), "--fail-with-body"));
        var assigned = ASSIGNMENT
                .matcher(block.script())
                .results()
                .map(m -> m.group(1))
                .distinct()
                .toList();
        var script = dir.resolve("block-" + block.line() + ".sh");
        Files.writeString(
                script,
                "[ -f state.sh ] && . ./state.sh\n" + block.script()
                        + (assigned.isEmpty() ? "" : "declare -p " + String.join(" ", assigned) + " >> state.sh\n"));
        var output = dir.resolve("block-" + block.line() + ".out");
        var builder = new ProcessBuilder(
                        "bash", "-euo", "pipefail", script.getFileName().toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // A clean environment: no proxy settings, and HOME here so no ~/.curlrc changes what curl does.
        var env = builder.environment();
        env.clear();
        env.putAll(Map.of(
                "PATH",
                System.getenv("PATH"),
                "HOME",
                dir.toString(),
                "LANG",
                "C.UTF-8",
                "TAGBENCH",
                "http://localhost:" + port,
                "ADMIN",
                "admin:" + adminPassword));
        var process = builder.start();
        var finished = process.waitFor(30, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        if (!finished || process.exitValue() != 0) {
            fail(
                    "The example at docs/api.md line %d %s:%n%s%n--- output ---%n%s",
                    block.line(),
                    finished ? "failed with exit code " + process.exitValue() : "did not finish in 30 s",
                    block.script(),
                    Files.readString(output));
        }
    }

    private Map<String, String> variables() throws IOException {
        var values = new HashMap<String, String>();
        DECLARED.matcher(Files.readString(dir.resolve("state.sh")))
                .results()
                .forEach(m -> values.put(m.group(1), m.group(2)));
        return values;
    }

    private AppUser user(String username) {
        return data.account(username);
    }

    private Map<Long, List<String>> labelsBySentence(AppUser curator, long articleId) {
        return annotations.labelsOf(curator, articleId).stream()
                .collect(Collectors.toMap(SentenceLabels::sentenceId, SentenceLabels::labels));
    }

    private static List<String> labels(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }

    private static void requireOnPath(String... tools) {
        for (var tool : tools) {
            assertThat(Stream.of(System.getenv("PATH").split(":"))
                            .map(directory -> Path.of(directory, tool))
                            .anyMatch(Files::isExecutable))
                    .as(
                            "%s runs the examples of docs/api.md: install it (apt-get install %s); .ci/run does",
                            tool, tool)
                    .isTrue();
        }
    }
}
