package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.AppNode;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two Tagbench nodes on one PostgreSQL, as behind a load balancer: what one writes the other
 * reads, "Next article" hands out each slot once however the curators are spread over the nodes,
 * and scheduled jobs run once, not once per node.
 */
class MultiNodeIT {

    private static EmbeddedPostgres postgres;
    private static AppNode nodeA;
    private static AppNode nodeB;
    private static JdbcClient db;
    private static SecurityContextHolderStrategy jvmSecurityContext;

    @BeforeAll
    static void start() throws Exception {
        jvmSecurityContext = AppNode.jvmSecurityContext();
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("tagbench-nodes"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .start();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database tagbench");
        }
        var url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/tagbench";
        // Both at once on the empty database: Flyway's lock and the first-start admin account must cope.
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> AppNode.start(url, properties("node-a")));
            var b = pool.submit(() -> AppNode.start(url, properties("node-b")));
            nodeA = a.get();
            nodeB = b.get();
        }
        db = nodeA.bean(JdbcClient.class);
    }

    private static Map<String, String> properties(String nodeId) {
        return Map.of("tagbench.node-id", nodeId, "tagbench.export.snapshot-retention", "30d");
    }

    @AfterAll
    static void stop() throws Exception {
        for (var node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        AppNode.restoreJvmSecurityContext(jvmSecurityContext);
    }

    @Test
    void a_label_written_through_one_node_is_read_through_the_other() {
        var data = nodeA.bean(TestData.class);
        var project = data.project();
        var curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        var sentenceId = data.sentenceIds(articleId).getFirst();
        var viaA = new ApiClient(nodeA.port(), curator.username(), TestData.PASSWORD);
        var viaB = new ApiClient(nodeB.port(), curator.username(), TestData.PASSWORD);

        assertThat(viaA.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"pledge\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(labelsOf(viaB, articleId)).isEqualTo("pledge");
        // What the workbench on node B reads.
        assertThat(nodeB.bean(AnnotationService.class).labelsOf(curator, articleId))
                .extracting(SentenceLabels::labels)
                .containsExactly(List.of("pledge"));

        assertThat(viaB.put("/api/v1/sentences/" + sentenceId + "/labels", "{\"labels\": [\"attack_report\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(labelsOf(viaA, articleId)).isEqualTo("attack_report");
    }

    @Test
    void next_article_hands_each_slot_to_one_curator_when_both_nodes_are_asked_at_once() throws Exception {
        var data = nodeA.bean(TestData.class);
        var curators = new ArrayList<AppUser>();
        for (var i = 0; i < 16; i++) {
            curators.add(data.user("next"));
        }
        for (var round = 0; round < 3; round++) {
            // Five articles with two slots each: ten slots for sixteen curators.
            var project = data.project();
            curators.forEach(curator -> data.member(project, curator, ProjectRole.ANNOTATOR));
            var articles = new ArrayList<Long>();
            for (var i = 0; i < 5; i++) {
                articles.add(data.article(project));
            }
            var answers = askAtOnce(project, curators);
            // Ten slots, sixteen curators: a slot another request was claiming at that moment is waited
            // for, so exactly ten get an article and six are told there is none.
            assertThat(answers)
                    .as("round " + round)
                    .filteredOn(status -> status == 200)
                    .hasSize(10);
            assertThat(answers)
                    .as("round " + round)
                    .filteredOn(status -> status == 204)
                    .hasSize(6);
            assertThat(holdersPerArticle(articles)).as("round " + round).containsOnly(2);
            assertThat(db.sql("""
                            select count(distinct s.user_id) from assignment s join article a on a.id = s.article_id
                            where a.project_id = :p""").param("p", project.id()).query(Integer.class).single())
                    .as("ten curators, each with one slot")
                    .isEqualTo(10);
        }
    }

    @Test
    void scheduled_jobs_fired_on_both_nodes_at_the_same_instant_run_once() throws Exception {
        var data = nodeA.bean(TestData.class);
        var project = data.project();
        var idle = data.user("idle");
        data.member(project, idle, ProjectRole.ANNOTATOR);
        var articleId = data.article(project);
        nodeA.bean(AssignmentService.class).nextArticle(idle, project.id());
        db.sql("update assignment set last_activity_at = now() - interval '100 days' where article_id = :a")
                .param("a", articleId)
                .update();
        db.sql("""
                        insert into login_throttle (username, client, failures, window_start)
                        values ('gone', '203.0.113.9', 3, now() - interval '2 days')""").update();
        for (var age : List.of("90 days", "60 days", "1 day")) {
            db.sql("""
                            insert into export_snapshot (project_id, created_at, format, split, seed, article_ids, sentences, sha256, bytes)
                            values (:p, now() - cast(:age as interval), 'jsonl', '80,10,10', 42, '{}', 0, repeat('0', 64), 0)""").param("p", project.id()).param("age", age).update();
        }

        var jobs = new ArrayList<Runnable>();
        for (var node : List.of(nodeA, nodeB)) {
            node.bean(ScheduledTaskHolder.class)
                    .getScheduledTasks()
                    .forEach(task -> jobs.add(task.getTask().getRunnable()));
        }
        assertThat(jobs).hasSize(8);
        try (var pool = Executors.newFixedThreadPool(jobs.size())) {
            var start = new CountDownLatch(1);
            var runs = jobs.stream()
                    .map(job -> pool.submit(() -> {
                        start.await();
                        job.run();
                        return null;
                    }))
                    .toList();
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }

        var recorded = db.sql("""
                        select job, count(*) as runs, sum(rows_affected) as rows, bool_and(finished_at is not null) as done,
                               min(node) as node
                        from job_run group by job order by job""")
                .query((rs, row) -> rs.getString("job") + " runs=" + rs.getInt("runs") + " rows=" + rs.getInt("rows")
                        + " done=" + rs.getBoolean("done") + " on "
                        + (rs.getString("node").startsWith("node-")))
                .list();
        assertThat(recorded)
                .containsExactly(
                        "purge-login-throttle runs=1 rows=1 done=true on true",
                        "release-abandoned-slots runs=1 rows=1 done=true on true",
                        "snapshot-retention runs=1 rows=2 done=true on true",
                        "webhook-delivery-retention runs=1 rows=0 done=true on true");
        assertThat(db.sql("select count(*) from assignment where article_id = :a")
                        .param("a", articleId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(db.sql("select count(*) from login_throttle where username = 'gone'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(db.sql("select count(*) from export_snapshot where project_id = :p")
                        .param("p", project.id())
                        .query(Integer.class)
                        .single())
                .as("the newest snapshot stays")
                .isEqualTo(1);
        assertThat(db.sql("select locked_by from shedlock order by name")
                        .query(String.class)
                        .list())
                .hasSize(4)
                .allMatch(node -> node.equals("node-a") || node.equals("node-b"));
    }

    /** Every curator asks for their next article at the same instant, half through each node; the HTTP statuses. */
    private static List<Integer> askAtOnce(Project project, List<AppUser> curators) throws Exception {
        try (var pool = Executors.newFixedThreadPool(curators.size())) {
            var start = new CountDownLatch(1);
            var calls = new ArrayList<Future<Integer>>();
            for (var i = 0; i < curators.size(); i++) {
                var client = client(i, curators.get(i));
                calls.add(pool.submit(() -> {
                    start.await();
                    return client.post("/api/v1/projects/" + project.id() + "/next-article", "")
                            .status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            return statuses;
        }
    }

    private static ApiClient client(int index, AppUser curator) {
        return new ApiClient((index % 2 == 0 ? nodeA : nodeB).port(), curator.username(), TestData.PASSWORD);
    }

    private static List<Integer> holdersPerArticle(List<Long> articles) {
        return db.sql("""
                        select (select count(*) from assignment s where s.article_id = a.id)::int
                        from article a where a.id = any(:ids)""")
                .param("ids", articles.toArray(Long[]::new))
                .query(Integer.class)
                .list();
    }

    private static String labelsOf(ApiClient client, long articleId) {
        var response = client.get("/api/v1/articles/" + articleId + "/labels");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get(0).get("labels").get(0).asString();
    }
}
