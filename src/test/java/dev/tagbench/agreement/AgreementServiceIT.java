package dev.tagbench.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Agreement figures from real submitted annotations, and who may see them. */
@TagbenchIntegrationTest
class AgreementServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectSetupService setup;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AgreementService agreement;

    @Autowired
    ProjectService projects;

    @Autowired
    TestData data;

    @Test
    void figures_count_only_submitted_sentences_and_match_hand_computed_kappa() {
        var project = data.project();
        var a = data.user("a");
        var b = data.user("b");
        var manager = data.user("m");
        data.member(project, a, ProjectRole.ANNOTATOR);
        data.member(project, b, ProjectRole.ANNOTATOR);
        data.member(project, manager, ProjectRole.MANAGER);
        var articleId = data.article(project);
        var sentences = data.sentenceIds(articleId);
        // pledge: a = yes, yes, no, no; b = yes, no, no, no  → observed 0.75, expected 0.5 → κ = 0.5
        label(a, sentences, List.of("pledge"), List.of("pledge"), List.of(), List.of());
        label(b, sentences, List.of("pledge"), List.of(), List.of(), List.of());
        assertThat(agreement.forProject(manager, project.id()).sentences()).isZero();
        assignments.submit(a, articleId);
        assignments.submit(b, articleId);

        var figures = agreement.forProject(manager, project.id());
        assertThat(figures.sentences()).isEqualTo(4);
        var pledge = figures.perLabel().get("pledge");
        assertThat(pledge.items()).isEqualTo(4);
        assertThat(pledge.cohenKappaPairs()).singleElement().satisfies(pair -> {
            assertThat(pair.kappa()).isCloseTo(0.5, within(1e-9));
            assertThat(pair.items()).isEqualTo(4);
        });
        assertThat(figures.perLabel().get("troop_claim").krippendorffAlpha()).isNull();
        assertThat(agreement
                        .forArticle(manager, project.id(), articleId)
                        .perLabel()
                        .get("pledge")
                        .items())
                .isEqualTo(4);

        var api = new ApiClient(port, manager.username(), TestData.PASSWORD);
        var json = api.get("/api/v1/projects/" + project.id() + "/agreement");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json()
                        .get("perLabel")
                        .get("pledge")
                        .get("cohenKappaPairs")
                        .get(0)
                        .get("kappa")
                        .asDouble())
                .isCloseTo(0.5, within(1e-9));
        assertThat(json.json().get("perLabel").get("pledge").has("krippendorffAlpha"))
                .isTrue();
        assertThat(json.json().get("perLabel").get("pledge").has("fleissKappa")).isTrue();
        assertThat(json.json().get("overall").has("krippendorffAlpha")).isTrue();
        assertThat(new ApiClient(port, a.username(), TestData.PASSWORD)
                        .get("/api/v1/projects/" + project.id() + "/agreement")
                        .status())
                .isEqualTo(403);
        assertThat(new ApiClient(port, data.user("x").username(), TestData.PASSWORD)
                        .get("/api/v1/projects/" + project.id() + "/agreement")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_counted_figures_equal_the_librarys_on_the_same_decisions() {
        var project = data.project();
        setup.save(data.admin(), project.id(), new ProjectChanges(null, 3, true, null, null, null), null, null, false);
        var manager = data.user("m");
        data.member(project, manager, ProjectRole.MANAGER);
        var curators = List.of(data.user("a"), data.user("b"), data.user("c"));
        curators.forEach(curator -> data.member(project, curator, ProjectRole.ANNOTATOR));
        var keys = project.labels().stream().map(Label::key).toList();
        var random = new Random(3);
        // Three curators on the first articles, two on the next, one on the last: items of every size.
        for (var working = 3; working >= 1; working--) {
            for (var article = 0; article < 2; article++) {
                var articleId = data.article(project);
                for (var curator : curators.subList(0, working)) {
                    for (var sentenceId : data.sentenceIds(articleId)) {
                        var labels = keys.stream()
                                .filter(key -> random.nextInt(3) == 0)
                                .toList();
                        annotations.setLabels(curator, sentenceId, labels, null, ChangeSource.API);
                    }
                    assignments.submit(curator, articleId);
                }
            }
        }

        var counted = agreement.forProject(manager, project.id());

        var items = new HashMap<String, List<RatedItem>>();
        var pooled = new ArrayList<RatedItem>();
        annotations.forEachSubmittedSentence(manager, project.id(), null, (sentenceId, byCurator) -> {
            for (var key : keys) {
                var ratings = new HashMap<String, Object>();
                byCurator.forEach((curator, labels) -> ratings.put(curator, labels.contains(key)));
                items.computeIfAbsent(key, k -> new ArrayList<>()).add(new RatedItem(sentenceId + "", ratings));
                pooled.add(new RatedItem(sentenceId + ":" + key, ratings));
            }
        });
        assertThat(counted.sentences()).isEqualTo(16);
        for (var key : keys) {
            var library = AgreementCalculator.compute(items.get(key));
            assertThat(library.fleissKappa()).as("a case with a Fleiss' kappa").isNotNull();
            BinaryAgreementTest.assertSame(counted.perLabel().get(key), library);
        }
        assertThat(counted.overallAlpha())
                .isCloseTo(AgreementCalculator.compute(pooled).krippendorffAlpha(), within(1e-9));
    }

    @Test
    void admins_create_users_through_the_api_and_others_may_not() {
        var admin = new ApiClient(port, "admin", "admin-password");
        var name = "api-user-" + System.nanoTime() % 100000;
        var created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"long-enough-pw\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo(name);
        assertThat(created.json().get("id").asLong()).isPositive();
        assertThat(admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"long-enough-pw\"}")
                        .status())
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/users", "{\"username\": \"x y\", \"password\": \"short\"}")
                        .status())
                .isEqualTo(400);
        var user = new ApiClient(port, name, "long-enough-pw");
        assertThat(user.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(user.post("/api/v1/users", "{\"username\": \"other\", \"password\": \"long-enough-pw\"}")
                        .status())
                .isEqualTo(403);
    }

    @SafeVarargs
    private void label(AppUser curator, List<Long> sentences, List<String>... labels) {
        for (var i = 0; i < labels.length; i++) {
            annotations.setLabels(curator, sentences.get(i), labels[i], null, ChangeSource.API);
        }
    }
}
