package dev.tagbench.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.AppNode;
import dev.tagbench.support.Browser;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stops while Tagbench runs and starts again: API calls get a clear 503, a write cut
 * off halfway leaves nothing behind, the UI says what happened, readiness goes down and up, and
 * the application recovers without a restart.
 */
class DatabaseOutageIT {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres postgres;
    private static AppNode node;
    private static SecurityContextHolderStrategy jvmSecurityContext;

    @BeforeAll
    static void start() throws Exception {
        jvmSecurityContext = AppNode.jvmSecurityContext();
        dataDirectory = Files.createTempDirectory("tagbench-outage");
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        postgres = startPostgres();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database tagbench");
        }
        // A short wait for a connection, so each call during the outage answers within two seconds.
        node = AppNode.start(jdbcUrl(), Map.of("spring.datasource.hikari.connection-timeout", "2000"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        FileSystemUtils.deleteRecursively(dataDirectory);
        AppNode.restoreJvmSecurityContext(jvmSecurityContext);
    }

    @Test
    void during_an_outage_calls_get_503_nothing_is_half_written_and_the_app_recovers_by_itself() throws Exception {
        var data = node.bean(TestData.class);
        var project = data.project();
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        var sentenceId = data.sentenceIds(articleId).getFirst();
        var token = node.bean(ApiTokenService.class).create(curator, "outage").token();
        var api = new ApiClient(node.port(), curator.username(), TestData.PASSWORD);
        var labels = "/api/v1/articles/" + articleId + "/labels";
        var setPledge = "/api/v1/sentences/" + sentenceId + "/labels";

        try (var browser = new Browser(node.port());
                var pool = Executors.newSingleThreadExecutor()) {
            var page = browser.signIn(curator.username(), TestData.PASSWORD);
            page.navigate(browser.url("/articles/" + articleId));
            assertThat(page.locator("#sentence-0")).hasClass(Pattern.compile("focused"));

            // The curator's first label takes a slot and starts the article, then waits on the
            // annotation row another transaction is inserting; the database stops right then.
            try (var blocker = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                    var watcher = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
                blocker.setAutoCommit(false);
                blocker.createStatement()
                        .execute("insert into annotation (sentence_id, user_id) values (" + sentenceId + ", "
                                + curator.id() + ")");
                var write = pool.submit(() -> api.put(setPledge, "{\"labels\": [\"pledge\"]}"));
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    try (var waiting = watcher.createStatement()
                            .executeQuery(
                                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = 'tagbench'"
                                            // The label write itself: background jobs may wait on locks too.
                                            + " and query ilike '%annotation%'")) {
                        return waiting.next() && waiting.getInt(1) > 0;
                    }
                });
                postgres.close();
                assertUnavailable(write.get());
            }

            assertUnavailable(api.get(labels));
            assertUnavailable(ApiClient.withToken(node.port(), token).get(labels));
            assertUnavailable(new ApiClient(node.port(), curator.username(), "wrong-password").get(labels));
            assertThat(anonymous("/api/v1/projects").statusCode())
                    .as("no credentials need no database")
                    .isEqualTo(401);
            var readiness = anonymous("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");

            page.keyboard().press("1");
            assertThat(page.locator("vaadin-notification-card")
                            .filter(new Locator.FilterOptions().setHasText("The database is unavailable")))
                    .isVisible();
            assertThat(page.locator("#sentence-0 .chip[data-label='pledge']")).hasCount(0);
            var worklist = page.context().newPage();
            worklist.navigate(browser.url("/"));
            assertThat(worklist.getByText("Database unavailable")).isVisible();
            assertThat(worklist.locator("body")).not().containsText("Exception");
            Browser.screenshot(worklist, "database-unavailable");
            var signIn = browser.open("/login");
            signIn.locator("input[name='username']").fill(curator.username());
            signIn.locator("input[name='password']").fill(TestData.PASSWORD);
            signIn.locator("vaadin-button[slot='submit'], button[type='submit']")
                    .first()
                    .click();
            assertThat(signIn.getByText("Database unavailable")).isVisible();

            postgres = startPostgres();
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> anonymous("/actuator/health/readiness").statusCode() == 200);

            var db = node.bean(JdbcClient.class);
            assertThat(db.sql("""
                            select (select count(*) from annotation where sentence_id = :s)
                                 + (select count(*) from annotation_history where sentence_id = :s)
                                 + (select count(*) from assignment where article_id = :a)
                                 + (select count(*) from article_state_change where article_id = :a)""")
                            .param("s", sentenceId)
                            .param("a", articleId)
                            .query(Integer.class)
                            .single())
                    .as("no part of the interrupted write")
                    .isZero();
            assertThat(db.sql("select state from article where id = :a")
                            .param("a", articleId)
                            .query(String.class)
                            .single())
                    .isEqualTo("NEW");

            assertThat(api.put(setPledge, "{\"labels\": [\"pledge\"]}").status())
                    .isEqualTo(200);
            assertThat(api.get(labels).json().get(0).get("labels").get(0).asString())
                    .isEqualTo("pledge");
            // The same page, without a reload, saves again (on the next sentence: the first one now
            // holds the label written through the API, and the page would rightly refuse to overwrite it).
            worklist.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Try again"))
                    .click();
            assertThat(worklist.locator("vaadin-grid")).isVisible();
            page.keyboard().press("j");
            page.keyboard().press("3");
            assertThat(page.locator("#sentence-1 .chip[data-label='troop_claim']"))
                    .isVisible();
            assertThat(db.sql("select count(*) from annotation where sentence_id = :s")
                            .param("s", data.sentenceIds(articleId).get(1))
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private static void assertUnavailable(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("title").asString()).isEqualTo("Database unavailable");
        assertThat(problem.get("detail").asString()).contains("cannot reach its database");
        assertThat(response.body()).doesNotContain("Exception", "at dev.tagbench", "SQL");
    }

    private static HttpResponse<String> anonymous(String path) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The same data directory and port each time, as a restarted database server keeps them. */
    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/tagbench";
    }
}
