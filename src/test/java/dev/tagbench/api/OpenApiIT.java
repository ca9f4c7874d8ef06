package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.TagbenchIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs} agrees with the API contract and with docs/api.md:
 * the same operations, the contract's field names, status codes and media types.
 */
@TagbenchIntegrationTest
class OpenApiIT {

    /** The endpoints the API contract names; docs/api.md and the document must both have them. */
    private static final List<String> CONTRACT = List.of(
            "POST /api/v1/users",
            "PUT /api/v1/projects/{projectId}/members/{username}",
            "POST /api/v1/tokens",
            "GET /api/v1/projects",
            "POST /api/v1/projects",
            "GET /api/v1/projects/{projectId}",
            "PUT /api/v1/projects/{projectId}",
            "PUT /api/v1/projects/{projectId}/labels",
            "POST /api/v1/projects/{projectId}/articles",
            "GET /api/v1/projects/{projectId}/articles",
            "GET /api/v1/articles/{articleId}",
            "GET /api/v1/articles/{articleId}/labels",
            "PUT /api/v1/sentences/{sentenceId}/labels",
            "POST /api/v1/articles/{articleId}/submit",
            "GET /api/v1/articles/{articleId}/review",
            "PUT /api/v1/articles/{articleId}/review/sentences/{sentenceId}",
            "POST /api/v1/articles/{articleId}/approve",
            "POST /api/v1/articles/{articleId}/reject",
            "GET /api/v1/projects/{projectId}/agreement",
            "GET /api/v1/projects/{projectId}/export",
            "GET /api/v1/projects/{projectId}/suggesters",
            "PUT /api/v1/projects/{projectId}/suggesters/{suggesterId}",
            "POST /api/v1/projects/{projectId}/suggesters/{suggesterId}/train",
            "GET /api/v1/articles/{articleId}/suggestions",
            "GET /api/v1/projects/{projectId}/uncertain",
            "POST /api/v1/projects/{projectId}/webhooks",
            "GET /api/v1/projects/{projectId}/webhooks",
            "DELETE /api/v1/projects/{projectId}/webhooks/{webhookId}");

    /** A row of the endpoint table in docs/api.md: {@code | `GET /api/v1/…` …}. */
    private static final Pattern DOCUMENTED =
            Pattern.compile("(?m)^\\| `(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^`?\\s]*)");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    BuildProperties build;

    JsonNode doc;

    @BeforeEach
    void fetchDocument() {
        var response = get("/v3/api-docs");
        assertThat(response.statusCode()).as("anonymous GET /v3/api-docs").isEqualTo(200);
        doc = JSON.readTree(response.body());
    }

    @Test
    void the_description_and_swagger_ui_are_public_while_the_api_still_needs_credentials() {
        assertThat(get("/v3/api-docs.yaml").statusCode()).isEqualTo(200);
        var swaggerUi = get("/swagger-ui.html");
        assertThat(swaggerUi.statusCode()).isEqualTo(302);
        assertThat(swaggerUi.headers().firstValue("Location").orElseThrow()).endsWith("/swagger-ui/index.html");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects").statusCode()).isEqualTo(401);
    }

    @Test
    void the_document_describes_the_rest_api_only_with_both_ways_of_signing_in() {
        assertThat(doc.at("/info/title").asString()).isEqualTo("Tagbench API");
        assertThat(doc.at("/info/version").asString()).isEqualTo(build.getVersion());
        assertThat(doc.get("paths").propertyNames()).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(doc.at("/components/securitySchemes/basic/scheme").asString())
                .isEqualTo("basic");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        assertThat(doc.get("security")
                        .valueStream()
                        .map(requirement -> requirement.propertyNames().toString()))
                .containsExactly("[basic]", "[bearer]");
    }

    @Test
    void every_operation_is_in_docs_api_md_and_every_contract_endpoint_in_both() throws IOException {
        var documented = DOCUMENTED
                .matcher(Files.readString(Path.of("docs", "api.md")))
                .results()
                .map(row -> row.group(1) + " " + row.group(2))
                .collect(Collectors.toCollection(TreeSet::new));
        var described = new TreeSet<String>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().propertyNames().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> described.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(documented).as("endpoints of docs/api.md").containsAll(CONTRACT);
        assertThat(described).as("operations of /v3/api-docs").containsExactlyElementsOf(documented);
    }

    @Test
    void the_schemas_carry_the_field_names_of_the_contract() {
        var project = body("GET /api/v1/projects", "200");
        assertThat(fields(project)).contains("id", "name", "labels", "annotatorsPerArticle");
        assertThat(fields(field(project, "labels"))).contains("key", "name", "color", "hotkey", "description");
        assertThat(fields(request("POST /api/v1/projects"))).contains("name", "labels", "annotatorsPerArticle");
        assertThat(fields(body("POST /api/v1/projects", "201"))).contains("id", "name", "labels");

        assertThat(fields(body("GET /api/v1/projects/{projectId}", "200")))
                .contains("schemaVersion", "guidelines", "blind", "annotatorsPerArticle", "labels");
        assertThat(fields(request("PUT /api/v1/projects/{projectId}")))
                .contains("name", "annotatorsPerArticle", "blind", "guidelines", "schemaVersion");
        assertThat(fields(request("PUT /api/v1/projects/{projectId}/labels")))
                .contains("key", "name", "color", "hotkey", "description");
        assertThat(responses("PUT /api/v1/projects/{projectId}/labels").propertyNames())
                .contains("200", "400", "409");
        assertThat(operation("PUT /api/v1/projects/{projectId}/labels")
                        .get("parameters")
                        .toString())
                .contains("removeInUse", "If-Match");

        assertThat(fields(request("POST /api/v1/users"))).contains("username", "password", "displayName", "admin");
        assertThat(fields(body("POST /api/v1/users", "201"))).contains("id", "username");
        assertThat(fields(request("PUT /api/v1/projects/{projectId}/members/{username}")))
                .contains("roles");
        assertThat(fields(request("POST /api/v1/tokens"))).contains("name");
        assertThat(fields(body("POST /api/v1/tokens", "201"))).contains("token");

        var report = body("POST /api/v1/projects/{projectId}/articles", "200");
        assertThat(fields(field(report, "imported"))).contains("articleId", "title", "sentences");
        assertThat(fields(field(report, "duplicates"))).contains("file", "articleId");
        assertThat(fields(field(report, "errors"))).contains("file", "message");
        assertThat(fields(body("GET /api/v1/projects/{projectId}/articles", "200")))
                .contains("id", "title", "publishedOn", "sentences", "state");

        var article = body("GET /api/v1/articles/{articleId}", "200");
        assertThat(fields(article))
                .contains("id", "projectId", "title", "publishedOn", "source", "text", "state", "sentences");
        assertThat(fields(field(article, "sentences"))).contains("id", "index", "start", "end", "text");

        assertThat(fields(body("GET /api/v1/articles/{articleId}/labels", "200")))
                .contains("sentenceId", "labels");
        assertThat(fields(request("PUT /api/v1/sentences/{sentenceId}/labels"))).contains("labels");

        var review = body("GET /api/v1/articles/{articleId}/review", "200");
        assertThat(fields(review)).contains("state", "sentences");
        var row = field(review, "sentences");
        assertThat(fields(row)).contains("sentenceId", "byAnnotator", "final", "agreed");
        assertThat(row.at("/properties/final/type").toString())
                .as("final labels may be null")
                .contains("null");
        assertThat(fields(request("PUT /api/v1/articles/{articleId}/review/sentences/{sentenceId}")))
                .contains("labels");
        assertThat(fields(request("POST /api/v1/articles/{articleId}/reject"))).contains("comment");

        var agreement = body("GET /api/v1/projects/{projectId}/agreement", "200");
        assertThat(fields(agreement)).contains("perLabel", "overall");
        var perLabel = resolve(field(agreement, "perLabel").get("additionalProperties"));
        assertThat(fields(perLabel)).contains("krippendorffAlpha", "fleissKappa", "cohenKappaPairs", "items");
        assertThat(fields(field(perLabel, "cohenKappaPairs"))).contains("a", "b", "kappa");
        assertThat(fields(field(agreement, "overall"))).contains("krippendorffAlpha");
    }

    @Test
    void the_suggestion_endpoints_carry_the_field_names_and_status_codes_of_the_contract() {
        var suggester = body("GET /api/v1/projects/{projectId}/suggesters", "200");
        assertThat(fields(suggester)).contains("id", "name", "enabled", "status", "trainedOn", "trainedAt", "quality");
        assertThat(fields(field(suggester, "quality"))).contains("perLabel");
        assertThat(fields(resolve(field(field(suggester, "quality"), "perLabel").get("additionalProperties"))))
                .contains("precision", "recall", "f1", "support");
        assertThat(fields(request("PUT /api/v1/projects/{projectId}/suggesters/{suggesterId}")))
                .contains("enabled", "settings");
        assertThat(responses("POST /api/v1/projects/{projectId}/suggesters/{suggesterId}/train")
                        .propertyNames())
                .contains("202")
                .doesNotContain("200");
        var suggestions = body("GET /api/v1/articles/{articleId}/suggestions", "200");
        assertThat(fields(suggestions)).contains("sentenceId", "labels");
        assertThat(fields(field(suggestions, "labels"))).contains("key", "score", "suggester");
        assertThat(fields(body("GET /api/v1/projects/{projectId}/uncertain", "200")))
                .contains("articleId", "sentenceId", "uncertainty");
    }

    @Test
    void status_codes_and_media_types_are_those_the_api_answers_with() {
        for (var created : List.of("POST /api/v1/users", "POST /api/v1/projects", "POST /api/v1/tokens")) {
            assertThat(responses(created).propertyNames())
                    .as(created)
                    .contains("201")
                    .doesNotContain("200");
        }
        assertThat(responses("POST /api/v1/projects/{projectId}/next-article").propertyNames())
                .contains("200", "204");
        assertThat(responses("POST /api/v1/projects/{projectId}/next-article")
                        .get("204")
                        .has("content"))
                .isFalse();
        assertThat(responses("DELETE /api/v1/tokens/{tokenId}").propertyNames())
                .contains("204")
                .doesNotContain("200");
        assertThat(responses("POST /api/v1/articles/{articleId}/approve").propertyNames())
                .contains("200", "409");
        assertThat(responses("PUT /api/v1/sentences/{sentenceId}/labels").propertyNames())
                .contains("200", "400");

        // Errors are problem details, whatever the operation's own body is.
        var conflict = responses("POST /api/v1/articles/{articleId}/approve")
                .get("409")
                .get("content");
        assertThat(conflict.propertyNames()).containsExactly("application/problem+json");
        assertThat(fields(resolve(conflict.at("/application~1problem+json/schema"))))
                .contains("status", "title", "detail", "errors");
        assertThat(responses("GET /api/v1/projects").propertyNames()).contains("401");

        var upload = operation("POST /api/v1/projects/{projectId}/articles").at("/requestBody/content");
        assertThat(upload.propertyNames()).containsExactly("multipart/form-data");
        assertThat(upload.at("/multipart~1form-data/schema/properties/file/items/format")
                        .asString())
                .isEqualTo("binary");

        var dataset = responses("GET /api/v1/projects/{projectId}/export").at("/200/content");
        assertThat(dataset.propertyNames())
                .containsExactlyInAnyOrder(
                        "application/x-ndjson", "text/csv", "application/zip", "application/vnd.apache.parquet");
        assertThat(operation("GET /api/v1/projects/{projectId}/export")
                        .get("parameters")
                        .valueStream()
                        .map(parameter -> parameter.get("name").asString()))
                .contains("format", "split", "seed", "bom");
        assertThat(responses("GET /api/v1/projects/{projectId}/exports/{snapshotId}/download")
                        .at("/200/content")
                        .propertyNames())
                .contains("application/zip");
    }

    @Test
    void every_operation_has_a_summary_and_is_tagged_with_its_feature() {
        var declared = new TreeSet<String>();
        doc.get("tags").valueStream().forEach(tag -> {
            assertThat(tag.path("description").asString())
                    .as("description of tag %s", tag)
                    .isNotBlank();
            declared.add(tag.get("name").asString());
        });
        assertThat(declared)
                .contains(
                        "Projects",
                        "Articles",
                        "Labels",
                        "Review",
                        "Agreement",
                        "Export",
                        "Users",
                        "Tokens",
                        "Plugins");
        var used = new TreeSet<String>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().stream()
                        .filter(method -> METHODS.contains(method.getKey()))
                        .forEach(method -> {
                            var name = method.getKey().toUpperCase() + " " + path.getKey();
                            var operation = method.getValue();
                            assertThat(operation.path("summary").asString())
                                    .as("summary of %s", name)
                                    .isNotBlank()
                                    .doesNotEndWith(".");
                            var tags = operation
                                    .path("tags")
                                    .valueStream()
                                    .map(JsonNode::asString)
                                    .toList();
                            assertThat(tags).as("tags of %s", name).hasSize(1);
                            assertThat(declared).as("tags of %s", name).containsAll(tags);
                            used.addAll(tags);
                        }));
        assertThat(used).as("declared tags in use").containsExactlyElementsOf(declared);
    }

    @Test
    void fields_that_are_never_null_are_required_and_the_others_nullable() {
        // Records: each field always present, null only where marked. Problem details leave fields out instead.
        doc.at("/components/schemas").properties().stream()
                .filter(entry -> !entry.getKey().equals("Problem"))
                .forEach(entry -> {
                    var schema = entry.getValue();
                    var required = Set.copyOf(schema.path("required")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList());
                    schema.path("properties").properties().forEach(property -> {
                        var field = entry.getKey() + "." + property.getKey();
                        var nullable =
                                property.getValue().path("type").toString().contains("null")
                                        || property.getValue().path("nullable").asBoolean(false)
                                        || property.getValue()
                                                .path("anyOf")
                                                .valueStream()
                                                .anyMatch(option -> option.path("type")
                                                        .toString()
                                                        .contains("null"));
                        assertThat(required.contains(property.getKey()) != nullable)
                                .as(
                                        "%s is either required or nullable (required %s, nullable %s)",
                                        field, required, nullable)
                                .isTrue();
                    });
                });

        var project = body("GET /api/v1/projects", "200");
        assertThat(required(project))
                .contains("id", "name", "labels", "annotatorsPerArticle", "blind", "schemaVersion");
        var label = field(project, "labels");
        assertThat(required(label)).containsExactlyInAnyOrder("key", "name", "color", "description");
        assertThat(label.at("/properties/hotkey/type").toString()).contains("null");
        assertThat(required(request("POST /api/v1/projects"))).containsExactly("name");

        var article = body("GET /api/v1/articles/{articleId}", "200");
        assertThat(required(article)).contains("id", "projectId", "title", "state", "sentences");
        assertThat(required(article)).doesNotContain("publishedOn", "source");
        assertThat(required(field(article, "sentences"))).contains("id", "index", "start", "end", "text");
        assertThat(required(field(body("GET /api/v1/articles/{articleId}/review", "200"), "sentences")))
                .contains("sentenceId", "byAnnotator", "agreed")
                .doesNotContain("final");
        assertThat(required(resolve(responses("POST /api/v1/articles/{articleId}/approve")
                        .at("/409/content/application~1problem+json/schema"))))
                .contains("status", "title", "detail");
    }

    private static Set<String> required(JsonNode schema) {
        return Set.copyOf(
                schema.path("required").valueStream().map(JsonNode::asString).toList());
    }

    private JsonNode operation(String endpoint) {
        var parts = endpoint.split(" ");
        var operation = doc.get("paths").path(parts[1]).path(parts[0].toLowerCase());
        assertThat(operation.isMissingNode()).as("%s in /v3/api-docs", endpoint).isFalse();
        return operation;
    }

    private JsonNode responses(String endpoint) {
        return operation(endpoint).get("responses");
    }

    /** The JSON body of a response; for a list, the schema of its items. */
    private JsonNode body(String endpoint, String status) {
        return items(resolve(responses(endpoint).at("/" + status + "/content/application~1json/schema")));
    }

    private JsonNode request(String endpoint) {
        return items(resolve(operation(endpoint).at("/requestBody/content/application~1json/schema")));
    }

    private JsonNode field(JsonNode schema, String name) {
        return items(resolve(schema.at("/properties/" + name)));
    }

    private JsonNode items(JsonNode schema) {
        return schema.has("items") ? resolve(schema.get("items")) : schema;
    }

    private JsonNode resolve(JsonNode schema) {
        assertThat(schema.isMissingNode()).as("schema present").isFalse();
        if (schema.has("anyOf")) {
            // A nullable model: the reference, or null.
            return resolve(schema.get("anyOf")
                    .valueStream()
                    .filter(option -> option.has("$ref"))
                    .findFirst()
                    .orElseThrow());
        }
        return schema.has("$ref")
                ? doc.at("/components/schemas/" + schema.get("$ref").asString().replace("#/components/schemas/", ""))
                : schema;
    }

    private static Set<String> fields(JsonNode schema) {
        return Set.copyOf(schema.path("properties").propertyNames());
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
