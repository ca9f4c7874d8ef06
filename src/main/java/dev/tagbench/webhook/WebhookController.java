package dev.tagbench.webhook;

import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's webhooks, for its managers. */
@Tag(name = "Webhooks")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/webhooks")
class WebhookController {

    private final WebhookService webhooks;
    private final CurrentUser currentUser;

    WebhookController(WebhookService webhooks, CurrentUser currentUser) {
        this.webhooks = webhooks;
        this.currentUser = currentUser;
    }

    /** Registers a webhook; the answer is the only place its secret is ever shown. */
    @Operation(summary = "Register a webhook; the answer is the only place its signing secret is shown")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Registered.")
    @ApiResponse(responseCode = "400", description = "A URL Tagbench will not call (with why), or an unknown event.")
    RegisteredWebhook register(@PathVariable long projectId, @RequestBody NewWebhook body) {
        return webhooks.register(currentUser.require(), projectId, body.url(), body.events());
    }

    @Operation(summary = "List the project's webhooks with their latest delivery attempts")
    @GetMapping
    List<Webhook> list(@PathVariable long projectId) {
        return webhooks.list(currentUser.require(), projectId);
    }

    @Operation(summary = "Delete a webhook and the deliveries it still had to make")
    @DeleteMapping("/{webhookId}")
    @ApiResponse(responseCode = "204", description = "Deleted with its deliveries still to be made.")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long webhookId) {
        webhooks.delete(currentUser.require(), projectId, webhookId);
        return ResponseEntity.noContent().build();
    }

    record NewWebhook(@Nullable String url, @Nullable List<String> events) {}
}
