package dev.tagbench.project;

import static dev.tagbench.project.ProjectSetupApiIT.DEFAULT_SCHEMA;
import static dev.tagbench.project.ProjectSetupApiIT.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removing labels that decisions use: refused with how many until confirmed, then taken out of
 * curators' and reviewers' decisions with the change in the history, even while a curator writes.
 */
@TagbenchIntegrationTest
class LabelRemovalIT {

    /** The default schema without attack_report. */
    static final String WITHOUT_ATTACKS = DEFAULT_SCHEMA.replaceAll("\\{\"key\": \"attack_report\"[^}]*},\\s*", "");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Project project;
    AppUser manager;
    AppUser curator;
    AppUser reviewer;
    ApiClient api;

    @BeforeEach
    void setUp() {
        project = projects.create(data.admin(), new NewProject("Removal " + System.nanoTime(), null, 1));
        manager = data.user("manager");
        curator = data.user("curator");
        reviewer = data.user("reviewer");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, curator, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        api = new ApiClient(port, manager.username(), TestData.PASSWORD);
    }

    @Test
    void a_label_in_use_is_removed_only_when_confirmed_and_the_history_says_so() {
        var articleId = data.article(project);
        var sentences = data.sentenceIds(articleId);
        annotations.setLabels(curator, sentences.get(0), List.of("pledge", "attack_report"), null, ChangeSource.UI);
        sentences
                .subList(1, sentences.size())
                .forEach(id -> annotations.setLabels(curator, id, List.of("attack_report"), null, ChangeSource.UI));
        assignments.submit(curator, articleId);
        reviews.start(reviewer, articleId);
        reviews.setFinal(reviewer, articleId, sentences.get(0), List.of("attack_report", "troop_claim"), null);

        var refused = api.put("/api/v1/projects/" + project.id() + "/labels", WITHOUT_ATTACKS);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .contains("'Attack report' is used in " + sentences.size() + " curator decisions and 1 final decision");
        var inUse = refused.json().get("inUse").get(0);
        assertThat(inUse.get("key").asString()).isEqualTo("attack_report");
        assertThat(inUse.get("annotations").asLong()).isEqualTo(sentences.size());
        assertThat(inUse.get("finalLabels").asLong()).isEqualTo(1);
        assertThat(projects.get(manager, project.id()).schemaVersion())
                .as("nothing changed")
                .isEqualTo(1);
        assertThat(annotations.labelsOf(curator, articleId).getFirst().labels()).contains("attack_report");

        var confirmed = api.put("/api/v1/projects/" + project.id() + "/labels?removeInUse=true", WITHOUT_ATTACKS);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(keys(confirmed.json())).containsExactly("pledge", "troop_claim");
        assertThat(confirmed.json().get("schemaVersion").asInt()).isEqualTo(2);

        var decisions = annotations.labelsOf(curator, articleId);
        assertThat(decisions.getFirst().labels()).containsExactly("pledge");
        assertThat(decisions.getFirst().version())
                .as("a new version, so stale tabs are refused")
                .isEqualTo(2);
        assertThat(decisions.subList(1, decisions.size()))
                .allSatisfy(d -> assertThat(d.labels()).isEmpty());
        assertThat(jdbc.sql("""
                        select count(*) from annotation_history where source = 'SCHEMA' and changed_by = :manager
                          and 'attack_report' = any(labels_before) and not 'attack_report' = any(labels_after)""")
                        .param("manager", manager.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(sentences.size());
        var finals = reviews.sheet(reviewer, articleId).sentences().getFirst();
        assertThat(finals.finalLabels()).containsExactly("troop_claim");
        assertThat(finals.finalVersion()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select removed_uses::text from project_schema_version
                        where project_id = :project and schema_version = 2 and changed_by = :manager""")
                        .param("project", project.id())
                        .param("manager", manager.id())
                        .query(String.class)
                        .single())
                .isEqualTo("[{\"key\": \"attack_report\", \"annotations\": " + sentences.size()
                        + ", \"finalLabels\": 1}]");
    }

    @Test
    void an_unused_label_goes_without_asking() {
        var response = api.put("/api/v1/projects/" + project.id() + "/labels", WITHOUT_ATTACKS);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(keys(response.json())).containsExactly("pledge", "troop_claim");
    }

    @Test
    void a_label_write_under_way_finishes_before_the_removal_which_then_takes_it_out_too() throws Exception {
        var articleId = data.article(project);
        var sentence = data.sentenceIds(articleId).getFirst();
        var written = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // Threads of their own: the common pool may have a single worker, which the write blocks.
        var threads = Executors.newFixedThreadPool(2);
        var write = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    annotations.setLabels(curator, sentence, List.of("attack_report"), null, ChangeSource.UI);
                    written.countDown();
                    await(release);
                }),
                threads);
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        var removal = CompletableFuture.supplyAsync(
                () -> api.put("/api/v1/projects/" + project.id() + "/labels?removeInUse=true", WITHOUT_ATTACKS),
                threads);
        // The removal waits for the write's transaction: its lock request is queued, not granted.
        while (jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(removal).isNotDone();
            Thread.sleep(20);
        }
        release.countDown();
        write.get(30, TimeUnit.SECONDS);
        assertThat(removal.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        threads.shutdown();
        assertThat(annotations.labelsOf(curator, articleId))
                .singleElement()
                .satisfies(decision -> assertThat(decision.labels()).isEmpty());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
