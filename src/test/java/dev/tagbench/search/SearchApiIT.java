package dev.tagbench.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The search endpoints as the API contract has them: shapes, the same rules as the UI, and clear 400s. */
@TagbenchIntegrationTest
class SearchApiIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @LocalServerPort
    int port;

    SearchFixture fixture;
    long article;

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(context, 2, true);
        article = fixture.article(12, "Dnipro");
        fixture.assign(article, fixture.first, fixture.second);
    }

    @Test
    void a_search_answers_in_the_contracts_shape() {
        var sentence = fixture.sentences(article).get(2);
        fixture.label(fixture.first, sentence, "attack_report");
        var response = get(fixture.manager, "q=" + encode("\"drone attack\"") + "&label=attack_report");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var page = response.json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        var hit = page.get("items").get(0);
        assertThat(hit.get("sentenceId").asLong()).isEqualTo(sentence);
        assertThat(hit.get("articleId").asLong()).isEqualTo(article);
        assertThat(hit.get("articleTitle").asString()).contains("Dnipro");
        assertThat(hit.get("index").asInt()).isEqualTo(2);
        assertThat(hit.get("text").asString()).startsWith("A drone attack");
        assertThat(hit.get("labels").get(0).asString()).isEqualTo("attack_report");
        assertThat(hit.get("state").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void curators_get_through_the_api_what_the_view_shows_them() {
        fixture.label(fixture.first, fixture.sentences(article).getFirst(), "pledge");
        assertThat(get(fixture.second, "label=pledge").json().get("total").asInt())
                .isZero();
        assertThat(get(fixture.second, "q=pledged").body()).doesNotContain("\"pledge\"");
        assertThat(get(fixture.first, "label=pledge").json().get("total").asInt())
                .isEqualTo(1);
        assertThat(get(fixture.outsider, "q=pledged").json().get("total").asInt())
                .isZero();
    }

    @Test
    void bad_input_is_a_clear_400() {
        expect400(get(fixture.manager, "label=weather"), "no label 'weather'");
        expect400(get(fixture.manager, "disagreement=weather"), "no label 'weather'");
        expect400(get(fixture.manager, "size=1000"), "1 to 100");
        expect400(get(fixture.manager, "size=0"), "1 to 100");
        expect400(get(fixture.manager, "page=-1"), "Pages start at 0");
        expect400(get(fixture.manager, "page=5000&size=100"), "10000");
        expect400(get(fixture.manager, "q=" + encode("the of")), "no words");
        expect400(get(fixture.manager, "q=" + encode("x".repeat(501))), "500 characters");
        expect400(get(fixture.manager, "state=LOST"), "Unknown state");
        expect400(get(fixture.manager, "from=yesterday"), "2026-11-30");
        expect400(get(fixture.manager, "sort=random"), "relevance");
        expect400(get(fixture.manager, "minScore=2&suggestion=pledge"), "between 0 and 1");
        expect400(get(fixture.manager, "similarTo=" + Long.MAX_VALUE), "no sentence");
        for (var odd : new String[] {"\"((( -", "!!&|:*", "'\\", "a & | b", "- -- \"\""}) {
            var response = get(fixture.manager, "q=" + encode(odd));
            assertThat(response.status()).as("%s: %s", odd, response.body()).isIn(200, 400);
        }
        var bulk = client(fixture.manager)
                .post("/api/v1/projects/" + fixture.project.id() + "/sentences/suggestions", "{\"q\": \"drone\"}");
        expect400(bulk, "Name the label");
        var asCurator = client(fixture.first)
                .post(
                        "/api/v1/projects/" + fixture.project.id() + "/sentences/suggestions",
                        "{\"q\": \"drone\", \"suggest\": \"attack_report\"}");
        assertThat(asCurator.status()).isEqualTo(403);
        var done = client(fixture.manager)
                .post(
                        "/api/v1/projects/" + fixture.project.id() + "/sentences/suggestions",
                        "{\"q\": \"drone\", \"suggest\": \"attack_report\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("touched").asInt()).isEqualTo(1);
        assertThat(done.json().get("conflicting").asInt()).isZero();
    }

    private void expect400(ApiClient.Response response, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(message);
    }

    private ApiClient.Response get(AppUser user, String query) {
        return client(user).get("/api/v1/projects/" + fixture.project.id() + "/sentences?" + query);
    }

    private ApiClient client(AppUser user) {
        return ApiClient.withToken(port, tokens.create(user, "search").token());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
