package dev.tagbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.security.AccessFixture.Caller;
import dev.tagbench.security.EndpointTable.Endpoint;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP endpoint against every kind of caller, from {@link EndpointTable}: anonymous, the
 * annotator, reviewer and manager of project P, an administrator, a member of another project Q, and
 * a curator of P who also reviews, asking about articles they curate. Then the object-level check: ids of the other project, their sequential neighbours and ids
 * that do not exist reach nothing, and the database shows nothing changed.
 */
@TagbenchIntegrationTest
class AuthorizationMatrixIT {

    /** An id no table will reach in a test run. */
    private static final long NONEXISTENT = 9_000_000_000_000L;

    private static AccessFixture fixture;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeAll
    static void createFixture(@Autowired ApplicationContext context) {
        fixture = new AccessFixture(context);
    }

    @Test
    void every_endpoint_has_a_row_and_every_row_an_endpoint() {
        var mapped = new TreeSet<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                    // Spring Boot's /error only renders errors forwarded to it from other requests.
                    if (handler.getBeanType().getPackageName().startsWith("org.springframework.boot")) {
                        return;
                    }
                    // A mapping without methods answers every method; it would need a row for each.
                    assertThat(info.getMethodsCondition().getMethods())
                            .as("HTTP methods of %s", handler)
                            .isNotEmpty();
                    info.getMethodsCondition()
                            .getMethods()
                            .forEach(method ->
                                    info.getPatternValues().forEach(pattern -> mapped.add(method + " " + pattern)));
                }));
        var listed = new TreeSet<String>();
        EndpointTable.ROWS.stream().filter(row -> !row.actuator()).forEach(row -> listed.add(row.toString()));
        assertThat(mapped).as("endpoints of the application's controllers").isNotEmpty();
        assertThat(difference(mapped, listed))
                .as("endpoints without a row in EndpointTable")
                .isEmpty();
        assertThat(difference(listed, mapped))
                .as("rows of EndpointTable without an endpoint")
                .isEmpty();
        assertThat(EndpointTable.ROWS.stream()
                        .map(Endpoint::toString)
                        .distinct()
                        .count())
                .as("one row per endpoint")
                .isEqualTo(EndpointTable.ROWS.size());

        var actuatorPaths = context.getBean(PathMappedEndpoints.class).getAllPaths();
        var actuatorRows = EndpointTable.ROWS.stream()
                .filter(Endpoint::actuator)
                .map(Endpoint::path)
                .toList();
        assertThat(actuatorRows).as("exposed actuator endpoints without a row").containsAll(actuatorPaths);
        assertThat(actuatorRows)
                .as("actuator rows outside the exposed endpoints")
                .allMatch(path -> actuatorPaths.stream()
                        .anyMatch(exposed -> path.equals(exposed) || path.startsWith(exposed + "/")));
    }

    @TestFactory
    Stream<DynamicContainer> every_caller_gets_the_expected_status_from_every_endpoint() {
        var client = new AccessClient(port);
        return EndpointTable.ROWS.stream()
                .map(row -> dynamicContainer(
                        row.toString(),
                        Arrays.stream(Caller.values())
                                .map(caller -> dynamicTest(
                                        caller + " → " + row.expected().get(caller),
                                        () -> expectStatus(client, row, caller)))));
    }

    private void expectStatus(AccessClient client, Endpoint row, Caller caller) {
        // Everyone asks for P's objects, made ready so that the allowed callers succeed.
        var side = fixture.requested(caller);
        var owner = fixture.user(caller);
        var values = row.values(fixture, side, owner == null ? side.curator() : owner);
        var response = client.send(
                row.method(),
                row.expand(values),
                fixture.token(caller),
                row.body().apply(fixture, side));
        var expected = row.expected().get(caller);
        assertThat(response.status())
                .as("%s %s as %s: %s", row.method(), row.expand(values), caller, response.body())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType())
                    .as("a refusal is a problem detail")
                    .startsWith("application/problem+json");
        }
        if (caller != Caller.ADMIN) {
            var foreign = caller == Caller.OTHER_PROJECT ? fixture.p : fixture.q;
            assertThat(response.body()).as("answer to %s", caller).doesNotContain(foreign.secret());
        }
    }

    /**
     * For every endpoint that takes an id: a member of one project puts the other project's ids (and
     * their neighbours) into an otherwise valid request of their own. The answer must be a 403 or 404
     * and the same as for an id that does not exist, so it reveals not even existence; the answer
     * carries none of the other project's text, and not a row of either project changed.
     */
    @TestFactory
    Stream<DynamicContainer> ids_of_another_project_reach_nothing() {
        var client = new AccessClient(port);
        var footprint = new ProjectFootprint(jdbc);
        return EndpointTable.ROWS.stream()
                .filter(row -> row.variables().stream().anyMatch(EndpointTable.ID_VARIABLES::contains))
                .map(row -> dynamicContainer(
                        row.toString(),
                        Stream.of(Caller.OTHER_PROJECT, Caller.ANNOTATOR, Caller.REVIEWER, Caller.MANAGER)
                                .map(attacker -> dynamicTest(
                                        attacker + " with foreign ids",
                                        () -> probe(client, footprint, row, attacker)))));
    }

    private void probe(AccessClient client, ProjectFootprint footprint, Endpoint row, Caller attacker) {
        var user = fixture.user(attacker);
        var own = fixture.home(attacker);
        var foreign = fixture.foreign(own);
        var mine = row.values(fixture, own, user);
        var theirs = row.values(fixture, foreign, foreign.curator());
        var body = row.body().apply(fixture, own);
        var projects = List.of(fixture.p.project().id(), fixture.q.project().id());
        var users = fixture.users();
        var before = footprint.of(projects, users);
        var soft = new SoftAssertions();
        for (var variable : row.variables()) {
            if (!EndpointTable.ID_VARIABLES.contains(variable)) {
                continue;
            }
            var baseline = client.send(
                    row.method(), row.expand(with(mine, variable, NONEXISTENT)), fixture.token(attacker), body);
            soft.assertThat(baseline.status())
                    .as("%s with {%s} that does not exist", row, variable)
                    .isIn(403, 404);
            var candidates = new LinkedHashSet<Long>();
            for (var around : List.of(Long.parseLong(theirs.get(variable)), Long.parseLong(mine.get(variable)))) {
                candidates.addAll(List.of(around - 1, around, around + 1));
            }
            candidates.removeIf(id -> id <= 0 || footprint.reachable(variable, id, user));
            soft.assertThat(candidates)
                    .as("foreign ids to try for {%s}", variable)
                    .isNotEmpty();
            for (var id : candidates) {
                var path = row.expand(with(mine, variable, id));
                var response = client.send(row.method(), path, fixture.token(attacker), body);
                soft.assertThat(response.status())
                        .as("%s %s as %s (%s)", row.method(), path, attacker, response.body())
                        .isEqualTo(baseline.status());
                soft.assertThat(response.body())
                        .as("%s %s as %s", row.method(), path, attacker)
                        .doesNotContain(foreign.secret());
            }
        }
        var allTheirs = row.expand(theirs);
        var response = client.send(row.method(), allTheirs, fixture.token(attacker), body);
        soft.assertThat(response.status())
                .as("%s %s as %s (%s)", row.method(), allTheirs, attacker, response.body())
                .isIn(403, 404);
        soft.assertThat(response.body()).doesNotContain(foreign.secret());
        soft.assertThat(footprint.of(projects, users))
                .as("rows of both projects after the requests")
                .isEqualTo(before);
        soft.assertAll();
    }

    /** Blind mode is access control on data: curators never learn who else labels an article, or how. */
    @Test
    void in_a_blind_project_a_curator_sees_neither_the_other_curators_nor_their_labels() {
        var data = context.getBean(TestData.class);
        var project = data.project();
        var curator = data.user("blind-curator");
        var otherCurator = data.user("blind-other");
        var manager = data.user("blind-manager");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        data.member(project, otherCurator, ProjectRole.ANNOTATOR);
        data.member(project, manager, ProjectRole.MANAGER);
        var article = data.article(project);
        var sentence = data.sentenceIds(article).getFirst();
        var annotations = context.getBean(AnnotationService.class);
        annotations.setLabels(curator, sentence, List.of("pledge"), null, ChangeSource.API);
        annotations.setLabels(otherCurator, sentence, List.of("attack_report"), null, ChangeSource.API);
        var tokens = context.getBean(ApiTokenService.class);
        var asCurator = tokens.create(curator, "blind").token();
        var client = new AccessClient(port);

        for (var path : List.of(
                "/api/v1/articles/" + article,
                "/api/v1/articles/" + article + "/labels",
                "/api/v1/articles/" + article + "/assignments",
                "/api/v1/projects/" + project.id() + "/articles")) {
            var response = client.send("GET", path, asCurator, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(otherCurator.username(), "attack_report");
        }
        assertThat(client.send("GET", "/api/v1/articles/" + article + "/assignments", asCurator, null)
                        .body())
                .contains(curator.username());
        assertThat(client.send(
                                "GET",
                                "/api/v1/articles/" + article + "/assignments",
                                tokens.create(manager, "blind").token(),
                                null)
                        .body())
                .contains(curator.username(), otherCurator.username());
    }

    private static Map<String, String> with(Map<String, String> values, String variable, long id) {
        var changed = new HashMap<>(values);
        changed.put(variable, String.valueOf(id));
        return changed;
    }

    private static TreeSet<String> difference(TreeSet<String> a, TreeSet<String> b) {
        var rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
