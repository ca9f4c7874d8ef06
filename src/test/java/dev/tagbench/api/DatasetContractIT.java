package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.TagbenchIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's additions for growing datasets and corrections (sections "Export (additions)" and
 * "Review"): in docs/api.md and in the OpenAPI document, with the contract's field names.
 */
@TagbenchIntegrationTest
class DatasetContractIT {

    private static final String DIFF = "/api/v1/projects/{projectId}/exports/{a}/diff/{b}";
    private static final String RETURN = "/api/v1/articles/{articleId}/return-to-review";

    @LocalServerPort
    int port;

    @Test
    void the_diff_and_the_return_to_review_are_documented_and_described_with_the_contracts_fields() throws Exception {
        var page = Files.readString(Path.of("docs", "api.md"));
        assertThat(page).contains("| `GET " + DIFF + "`", "| `POST " + RETURN + "` `{reason}`");

        var doc = JsonMapper.builder()
                .build()
                .readTree(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        var diff =
                resolve(doc, doc.at("/paths/" + escape(DIFF) + "/get/responses/200/content/application~1json/schema"));
        assertThat(fields(diff)).contains("added", "removed", "changed", "rows");
        var row = resolve(doc, resolve(doc, diff.at("/properties/rows")).get("items"));
        assertThat(fields(row)).contains("id", "change", "before", "after");

        var request =
                resolve(doc, doc.at("/paths/" + escape(RETURN) + "/post/requestBody/content/application~1json/schema"));
        assertThat(fields(request)).contains("reason");
        assertThat(doc.at("/paths/" + escape(RETURN) + "/post/responses").propertyNames())
                .contains("200", "400", "409");
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        assertThat(schema.isMissingNode()).as("schema present").isFalse();
        return schema.has("$ref")
                ? doc.at("/components/schemas/" + schema.get("$ref").asString().replace("#/components/schemas/", ""))
                : schema;
    }

    private static Set<String> fields(JsonNode schema) {
        return Set.copyOf(schema.path("properties").propertyNames());
    }
}
