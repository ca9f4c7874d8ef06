package dev.tagbench.suggest;

import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Suggesters, their settings and trainings, suggestions and accepting them. */
@Tag(name = "Suggestions")
@RestController
@RequestMapping("/api/v1")
class SuggestionController {

    private final SuggesterService suggesters;
    private final SuggestionService suggestions;
    private final SuggestionSettingsService settings;
    private final CurrentUser currentUser;

    SuggestionController(
            SuggesterService suggesters,
            SuggestionService suggestions,
            SuggestionSettingsService settings,
            CurrentUser currentUser) {
        this.suggesters = suggesters;
        this.suggestions = suggestions;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Operation(summary = "List the project's suggesters with their status and measured quality")
    @GetMapping("/projects/{projectId}/suggesters")
    List<SuggesterInfo> suggesters(@PathVariable long projectId) {
        return suggesters.suggesters(currentUser.require(), projectId);
    }

    @Operation(summary = "Switch a suggester on or off and change its settings")
    @PutMapping("/projects/{projectId}/suggesters/{suggesterId}")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Stored.")
    @ApiResponse(responseCode = "400", description = "No `enabled`, or settings the suggester refuses.")
    SuggesterInfo update(
            @PathVariable long projectId, @PathVariable String suggesterId, @RequestBody SuggesterBody body) {
        if (body.enabled() == null) {
            throw new InvalidInputException("enabled", "Say whether the suggester is on (true or false).");
        }
        return suggesters.update(currentUser.require(), projectId, suggesterId, body.enabled(), body.settings());
    }

    @Operation(summary = "Train a suggester on the project's approved sentences")
    @PostMapping("/projects/{projectId}/suggesters/{suggesterId}/train")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", useReturnTypeSchema = true, description = "Training runs in the background.")
    @ApiResponse(responseCode = "409", description = "The suggester does not learn, or is switched off.")
    SuggesterInfo train(@PathVariable long projectId, @PathVariable String suggesterId) {
        return suggesters.train(currentUser.require(), projectId, suggesterId);
    }

    @Operation(summary = "Get the project's suggestion settings")
    @GetMapping("/projects/{projectId}/suggestion-settings")
    SuggestionSettings settings(@PathVariable long projectId) {
        return settings.settings(currentUser.require(), projectId);
    }

    @Operation(summary = "Change the project's suggestion settings")
    @PutMapping("/projects/{projectId}/suggestion-settings")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Stored.")
    @ApiResponse(responseCode = "400", description = "A threshold outside 0.05 to 1.")
    SuggestionSettings updateSettings(@PathVariable long projectId, @RequestBody SettingsBody body) {
        var actor = currentUser.require();
        var current = settings.settings(actor, projectId);
        return settings.update(
                actor,
                projectId,
                body.threshold() == null ? current.threshold() : body.threshold(),
                body.curatorsSee(),
                body.activeLearning() == null ? current.activeLearning() : body.activeLearning());
    }

    @Operation(summary = "List the articles the model is least sure about")
    @GetMapping("/projects/{projectId}/uncertain")
    List<UncertainArticle> uncertain(@PathVariable long projectId, @RequestParam(defaultValue = "20") int limit) {
        return suggesters.uncertain(currentUser.require(), projectId, limit);
    }

    @Operation(summary = "Get the suggestions for an article's sentences")
    @GetMapping("/articles/{articleId}/suggestions")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The suggestions shown.")
    @ApiResponse(responseCode = "403", description = "A curator who does not hold the article, or may not see them.")
    List<SentenceSuggestions> suggestions(@PathVariable long articleId) {
        return suggestions.forArticle(currentUser.require(), articleId);
    }

    @Operation(summary = "Accept the suggestions for one sentence")
    @PostMapping("/sentences/{sentenceId}/suggestions/accept")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The curator's labels now.")
    @ApiResponse(responseCode = "409", description = "The sentence changed since the given version.")
    SentenceLabels acceptSentence(
            @PathVariable long sentenceId, @RequestBody(required = false) @Nullable VersionBody body) {
        return suggestions.acceptSentence(currentUser.require(), sentenceId, body == null ? null : body.version());
    }

    @Operation(summary = "Accept the suggestions on every undecided sentence of an article")
    @PostMapping("/articles/{articleId}/suggestions/accept")
    SuggestionService.AcceptedAll acceptAll(@PathVariable long articleId) {
        return suggestions.acceptAll(currentUser.require(), articleId);
    }

    record SuggesterBody(
            @Nullable Boolean enabled, @Nullable JsonNode settings) {}

    /** {@code curatorsSee}: true, false, or null for the automatic default. */
    record SettingsBody(
            @Nullable Double threshold,
            @Nullable Boolean curatorsSee,
            @Nullable Boolean activeLearning) {}

    record VersionBody(@Nullable Integer version) {}
}
