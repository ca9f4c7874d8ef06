package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API reads its input strictly: a key given twice, a fraction for a whole number, a string for
 * a number, a number for an enum and paging values out of range are refused with 400 problem
 * details naming the field, and nothing is stored.
 */
@TagbenchIntegrationTest
class StrictJsonIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    ApiTokenService tokens;

    Project project;
    AppUser manager;
    ApiClient api;

    @BeforeEach
    void setUp() {
        project = data.project();
        manager = data.user("strict");
        data.member(project, manager, ProjectRole.MANAGER, ProjectRole.ANNOTATOR);
        api = new ApiClient(port, manager.username(), TestData.PASSWORD);
    }

    @Test
    void a_key_given_twice_is_refused_naming_it() {
        refused(api.post("/api/v1/tokens", "{\"name\": \"first\", \"name\": \"second\"}"), "name");
        assertThat(tokens.list(manager)).isEmpty();

        var newcomer = data.user("newcomer");
        refused(
                api.put(
                        "/api/v1/projects/" + project.id() + "/members/" + newcomer.username(),
                        "{\"roles\": [\"ANNOTATOR\"], \"roles\": [\"MANAGER\"]}"),
                "roles");
        assertThat(projects.members(manager, project.id()))
                .noneMatch(m -> m.username().equals(newcomer.username()));
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_refused_not_truncated() {
        var settings = "/api/v1/projects/" + project.id() + "/settings";
        refused(api.put(settings, "{\"annotatorsPerArticle\": 1.5, \"blind\": false}"), "annotatorsPerArticle");
        refused(api.put(settings, "{\"annotatorsPerArticle\": 1e0, \"blind\": false}"), "annotatorsPerArticle");
        assertThat(projects.get(manager, project.id()).annotatorsPerArticle()).isEqualTo(2);

        var article = data.article(project);
        var sentence = data.sentenceIds(article).getFirst();
        refused(
                api.put("/api/v1/sentences/" + sentence + "/labels", "{\"labels\": [\"pledge\"], \"version\": 0.5}"),
                "version");
        assertThat(api.get("/api/v1/articles/" + article + "/labels").json()).isEmpty();
    }

    @Test
    void values_of_the_wrong_kind_are_refused_rather_than_converted() {
        var settings = "/api/v1/projects/" + project.id() + "/settings";
        refused(api.put(settings, "{\"annotatorsPerArticle\": \"3\", \"blind\": false}"), "annotatorsPerArticle");
        refused(api.put(settings, "{\"annotatorsPerArticle\": 3, \"blind\": \"false\"}"), "blind");
        refused(api.post("/api/v1/tokens", "{\"name\": 5}"), "name");
        refused(
                api.put("/api/v1/projects/" + project.id() + "/members/" + manager.username(), "{\"roles\": [0]}"),
                "roles[0]");
        assertThat(projects.get(manager, project.id()).annotatorsPerArticle()).isEqualTo(2);
        assertThat(tokens.list(manager)).isEmpty();
    }

    @Test
    void paging_values_out_of_range_are_refused_naming_the_parameter() {
        var articles = "/api/v1/projects/" + project.id() + "/articles";
        refused(api.get(articles + "?limit=0"), "limit");
        refused(api.get(articles + "?limit=1001"), "limit");
        refused(api.get(articles + "?limit=1.5"), "limit");
        refused(api.get(articles + "?offset=-1"), "offset");
        assertThat(api.get(articles + "?limit=1").status()).isEqualTo(200);
    }

    private static void refused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("errors").get(0).get("field").asString())
                .as(response.body())
                .isEqualTo(field);
        assertThat(problem.get("detail").asString()).as(response.body()).startsWith(field + " ");
        assertThat(response.body()).doesNotContain("java.", "tools.jackson", "CoercionConfig");
    }
}
