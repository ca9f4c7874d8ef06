package dev.tagbench.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at {@code /v3/api-docs}: springdoc generates the paths from the controllers
 * (which ones is set in {@code application.properties}); this adds what it cannot see. Either way of
 * signing in works for every call, and every error is a problem details document.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    private static final String PROBLEM = "Problem";

    /** The API's features, in the order a project goes through them; each controller names its own. */
    private static final List<Tag> TAGS = List.of(
            tag("Projects", "Projects, their label schema, settings and members."),
            tag("Import", "Bringing articles in: files in any supported format, or ZIPs of them."),
            tag("Articles", "Articles with their original text and sentences."),
            tag("Assignments", "Who works on which article: next article, submit, reopen, assigning by hand."),
            tag("Labels", "The caller's own labels on sentences."),
            tag(
                    "Suggestions",
                    "Label suggestions from the project's suggesters, their training, quality and acceptance."),
            tag("Review", "Review sheets, final labels, comments, approval and rejection."),
            tag(
                    "Search",
                    "Finding sentences by words, labels, curators, states, disagreement, suggestions, dates and"
                            + " meaning; a manager's search turned into suggestions."),
            tag("History", "Who changed what, when and from where: per sentence, per article, the project's latest."),
            tag("Agreement", "Agreement between curators: Krippendorff's alpha, Fleiss' and Cohen's kappa."),
            tag("Export", "Datasets of approved sentences, and the snapshots that name them."),
            tag("Webhooks", "Signed notifications of a project's events to URLs its managers register."),
            tag("Users", "Accounts, managed by administrators, and passwords."),
            tag("Tokens", "The caller's personal API tokens."),
            tag("Plugins", "Installed plugins and what they add."));

    static {
        // Free-form JSON (a suggester's settings) is any object to clients, not Jackson's node class.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        JsonNode.class, new ObjectSchema().description("Free-form JSON, as the component defines it."));
    }

    @Bean
    OpenAPI tagbenchOpenApi(ObjectProvider<BuildProperties> build) {
        // build-info.properties is written by the Maven build; a run from an IDE may lack it.
        var info = build.getIfAvailable();
        var version = info != null && info.getVersion() != null ? info.getVersion() : "development";
        return new OpenAPI()
                .info(new Info()
                        .title("Tagbench API")
                        .version(version)
                        .description(
                                "Automation for Tagbench: bulk import, labels from external models, review and dataset "
                                        + "pulls. Errors are RFC 9457 problem details (application/problem+json)."))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        "basic",
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description("A Tagbench username and password."))
                                .addSecuritySchemes(
                                        "bearer",
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("tbk_…")
                                                .description(
                                                        "A personal API token, created under Profile or with POST /api/v1/tokens.")))
                .tags(TAGS)
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    /**
     * Errors come from the exception handler and the security filters, which springdoc does not
     * read, so it gives error responses the operation's own body: every error is a problem document
     * instead, and any operation can answer 401. A 204 has no body.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        var problem = new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        var responses = operation.getResponses();
                        responses.putIfAbsent("401", new ApiResponse().description("No or wrong credentials."));
                        responses.putIfAbsent(
                                "default",
                                new ApiResponse()
                                        .description(
                                                "Any other error: 400 invalid input, 403 not allowed, 404 not found or not yours, 409 conflict."));
                        responses.forEach((code, response) -> {
                            if (code.equals("204")) {
                                response.setContent(null);
                            } else if (!code.startsWith("2")) {
                                response.setContent(problem);
                            }
                        });
                    }));
        };
    }

    @Bean
    RecordComponentNullness recordComponentNullness() {
        return new RecordComponentNullness();
    }

    private static Schema<?> problemSchema() {
        var error = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("file", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error).description("What was wrong, where useful."))
                .required(List.of("type", "title", "status", "detail"));
    }
}
