package dev.tagbench.annotation;

import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what, when, and from where: per sentence, per article, and the project's latest. */
@RestController
@Tag(name = "History")
@RequestMapping("/api/v1")
class HistoryController {

    private final HistoryService history;
    private final CurrentUser currentUser;

    HistoryController(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @GetMapping("/sentences/{sentenceId}/history")
    @Operation(summary = "Get a sentence's history, oldest first")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Oldest first.")
    @ApiResponse(responseCode = "403", description = "A curator who does not hold the sentence's article.")
    List<HistoryEntry> sentence(@PathVariable long sentenceId) {
        return history.ofSentence(currentUser.require(), sentenceId);
    }

    @GetMapping("/articles/{articleId}/changes")
    @Operation(summary = "Get every recorded change of an article and its sentences, oldest first")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Oldest first.")
    @ApiResponse(responseCode = "403", description = "A curator who does not hold the article.")
    List<HistoryEntry> article(@PathVariable long articleId) {
        return history.ofArticle(currentUser.require(), articleId);
    }

    @GetMapping("/projects/{projectId}/activity")
    @Operation(summary = "Get a page of the project's latest changes")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Newest first.")
    @ApiResponse(responseCode = "400", description = "A page size outside 1 to 200, or a page too far back.")
    List<HistoryEntry> activity(
            @PathVariable long projectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return history.activity(currentUser.require(), projectId, page, size);
    }
}
