package dev.tagbench.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end against receivers on loopback (allow-listed as 127.0.0.1 only): registration,
 * signed deliveries of the exact stored bytes, retries that keep the delivery id, a receiver that
 * hangs, and the outbox across a node that died between the event's commit and the delivery.
 * Retries and heartbeats take a second in the tests (application-test.properties), so they are seen
 * happening; the tests share the one application context of the integration tests.
 */
@TagbenchIntegrationTest
class WebhookIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("deliveryQueueLifecycle")
    SmartLifecycle deliveries;

    @Autowired
    DeliveryRetention retention;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stop() {
        deliveries.start();
        receiver.close();
    }

    private record Team(Project project, AppUser manager, AppUser curator, ApiClient api) {}

    private Team team() {
        var project = data.project();
        var manager = data.user("hook-manager");
        var curator = data.user("hook-curator");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, curator, ProjectRole.ANNOTATOR);
        return new Team(project, manager, curator, new ApiClient(port, manager.username(), TestData.PASSWORD));
    }

    private String register(Team team, String url) {
        var answer = team.api()
                .post(
                        "/api/v1/projects/" + team.project().id() + "/webhooks",
                        "{\"url\": \"" + url + "\", \"events\": [\"article.submitted\"]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("secret").asString();
    }

    /** The curator labels a new article and submits it: one {@code article.submitted} event. */
    private long submitArticle(Team team) {
        var article = data.article(team.project());
        data.sentenceIds(article)
                .forEach(
                        sentence -> annotations.setLabels(team.curator(), sentence, List.of(), null, ChangeSource.API));
        assignments.submit(team.curator(), article);
        return article;
    }

    @Test
    void a_manager_registers_with_the_secret_shown_once_and_refused_addresses_get_400() {
        var team = team();
        var path = "/api/v1/projects/" + team.project().id() + "/webhooks";
        var created = team.api().post(path, "{\"url\": \"" + receiver.url() + "\", \"events\": [\"export.created\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("secret").asString()).startsWith("tbwh_");
        var listed = team.api().get(path);
        assertThat(listed.body())
                .contains(receiver.url())
                .doesNotContain(created.json().get("secret").asString());
        assertThat(jdbc.sql("select secret from webhook where id = :id")
                        .param("id", created.json().get("id").asLong())
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain(created.json().get("secret").asString());

        for (var refused : List.of(
                "http://localhost:" + receiver.port() + "/hook",
                "http://[::1]:" + receiver.port() + "/hook",
                "http://2130706433/hook",
                "http://169.254.169.254/latest/meta-data/",
                "ftp://127.0.0.1/hook")) {
            var answer = team.api().post(path, "{\"url\": \"" + refused + "\", \"events\": [\"export.created\"]}");
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.body()).as(refused).contains("url");
        }
        var unknownEvent = team.api().post(path, "{\"url\": \"" + receiver.url() + "\", \"events\": [\"nope\"]}");
        assertThat(unknownEvent.status()).isEqualTo(400);

        var curator = new ApiClient(port, team.curator().username(), TestData.PASSWORD);
        assertThat(curator.post(path, "{\"url\": \"" + receiver.url() + "\", \"events\": [\"export.created\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(curator.get(path).status()).isEqualTo(403);
    }

    @Test
    void a_delivery_is_signed_over_the_exact_bytes_and_a_failed_one_is_retried_with_the_same_id() {
        receiver.answer(500, 200);
        var team = team();
        var secret = register(team, receiver.url());
        var article = submitArticle(team);

        var requests = receiver.await(2, Duration.ofSeconds(30));
        var first = requests.get(0);
        var second = requests.get(1);
        assertThat(first.header("X-Tagbench-Signature")).isEqualTo(Signature.of(secret, first.body()));
        assertThat(first.header("X-Tagbench-Signature")).matches("sha256=[0-9a-f]{64}");
        assertThat(first.header("X-Tagbench-Event")).isEqualTo("article.submitted");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("X-Tagbench-Delivery")).isEqualTo(first.header("X-Tagbench-Delivery"));

        var body = JSON.readTree(first.body());
        assertThat(body.get("event").asString()).isEqualTo("article.submitted");
        assertThat(body.get("deliveryId").asString()).isEqualTo(first.header("X-Tagbench-Delivery"));
        assertThat(body.get("projectId").asLong()).isEqualTo(team.project().id());
        assertThat(body.get("data").get("articleId").asLong()).isEqualTo(article);

        var listed = awaitAttempts(team, 2);
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("attempt").asInt()).isEqualTo(2);
        assertThat(listed.get(0).get("statusCode").asInt()).isEqualTo(200);
        assertThat(listed.get(1).get("attempt").asInt()).isEqualTo(1);
        assertThat(listed.get(1).get("statusCode").asInt()).isEqualTo(500);
        assertThat(listed.get(1).get("deliveryId").asString()).isEqualTo(first.header("X-Tagbench-Delivery"));
        assertThat(listed.get(1).get("event").asString()).isEqualTo("article.submitted");
        assertThat(listed.get(1).get("at").asString()).isNotBlank();
    }

    @Test
    void a_receiver_that_hangs_holds_no_request_and_its_delivery_times_out_and_is_retried() {
        receiver.hang();
        var team = team();
        register(team, receiver.url());
        // Returns while the receiver still holds the first attempt: the event only wrote to the outbox.
        submitArticle(team);
        receiver.await(1, Duration.ofSeconds(30));
        var timedOut = awaitAttempts(team, 1).getLast();
        assertThat(timedOut.get("statusCode").isNull()).isTrue();
        assertThat(timedOut.get("error").asString()).contains("No answer within 2000 ms");
        assertThat(timedOut.get("state").asString()).isEqualTo("PENDING");
        receiver.answer(204, 204);
        receiver.release();

        // Under load a second attempt may have timed out too before the release: the last one delivers.
        var listed = awaitAttempts(team, 2);
        for (var i = 0; i < 150 && !listed.get(0).get("state").asString().equals("DELIVERED"); i++) {
            sleep();
            listed = awaitAttempts(team, listed.size());
        }
        assertThat(listed.get(0).get("statusCode").asInt()).isEqualTo(204);
        assertThat(listed.get(0).get("deliveryId").asString())
                .isEqualTo(timedOut.get("deliveryId").asString());
    }

    @Test
    void the_outbox_delivers_after_a_crash_between_commit_and_delivery_exactly_what_committed() {
        deliveries.stop();
        var team = team();
        var secret = register(team, receiver.url());
        // Rolled back: the submission never happened, so nothing may be delivered for it.
        transactions.executeWithoutResult(status -> {
            submitArticle(team);
            status.setRollbackOnly();
        });
        var article = submitArticle(team);
        assertThat(pendingDeliveries(team)).isEqualTo(1);
        // The node that took the delivery died before sending it: its heartbeats stopped an hour ago.
        var taken = jdbc.sql("""
                        update webhook_tasks set picked = true, picked_by = 'crashed-node',
                               last_heartbeat = now() - interval '1 hour'
                        where task_name = 'webhook-delivery' and task_instance in (
                            select d.id::text from webhook_delivery d join webhook w on w.id = d.webhook_id
                            where w.project_id = :p)""").param("p", team.project().id()).update();
        assertThat(taken).isEqualTo(1);
        assertThat(receiver.received()).isEmpty();

        deliveries.start();
        var delivered = receiver.await(1, Duration.ofSeconds(30)).getFirst();
        assertThat(JSON.readTree(delivered.body()).get("data").get("articleId").asLong())
                .isEqualTo(article);
        assertThat(delivered.header("X-Tagbench-Signature")).isEqualTo(Signature.of(secret, delivered.body()));
        assertThat(awaitAttempts(team, 1)).hasSize(1);
        assertThat(receiver.received()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from webhook_tasks where task_instance = :id")
                        .param(
                                "id",
                                UUID.fromString(JSON.readTree(delivered.body())
                                                .get("deliveryId")
                                                .asString())
                                        .toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void finished_deliveries_past_their_keeping_time_are_deleted_and_pending_ones_kept() {
        deliveries.stop();
        var team = team();
        register(team, receiver.url());
        submitArticle(team);
        submitArticle(team);
        var ofProject = "webhook_id in (select id from webhook where project_id = :p)";
        jdbc.sql("update webhook_delivery set created_at = now() - interval '40 days' where " + ofProject)
                .param("p", team.project().id())
                .update();
        jdbc.sql("update webhook_delivery set state = 'DELIVERED' where id = (select min(id::text)::uuid"
                        + " from webhook_delivery where " + ofProject + ")")
                .param("p", team.project().id())
                .update();

        retention.deleteExpired();
        assertThat(jdbc.sql("select state from webhook_delivery where " + ofProject)
                        .param("p", team.project().id())
                        .query(String.class)
                        .list())
                .containsExactly("PENDING");
    }

    private long pendingDeliveries(Team team) {
        return jdbc.sql("""
                        select count(*) from webhook_delivery d join webhook w on w.id = d.webhook_id
                        join webhook_tasks t on t.task_instance = d.id::text
                        where w.project_id = :p and d.state = 'PENDING'""").param("p", team.project().id()).query(Long.class).single();
    }

    /** The listed attempts of the project's only webhook, newest first, once there are at least {@code count}. */
    private List<tools.jackson.databind.JsonNode> awaitAttempts(Team team, int count) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var listed = team.api().get("/api/v1/projects/" + team.project().id() + "/webhooks");
            assertThat(listed.status()).isEqualTo(200);
            var attempts = listed.json().get(0).get("deliveries").valueStream().toList();
            if (attempts.size() >= count || System.nanoTime() > deadline) {
                assertThat(attempts).hasSizeGreaterThanOrEqualTo(count);
                return attempts;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
