package dev.tagbench.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tagbench.article.ArticleState;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Review")
@RestController
@RequestMapping("/api/v1/articles/{articleId}")
class ReviewController {

    private final ReviewService reviews;
    private final CurrentUser currentUser;

    ReviewController(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Get the review sheet of an article")
    @GetMapping("/review")
    ReviewJson review(@PathVariable long articleId) {
        return ReviewJson.of(reviews.sheet(currentUser.require(), articleId));
    }

    @Operation(summary = "Start reviewing an article")
    @PostMapping("/review/start")
    ReviewJson start(@PathVariable long articleId) {
        var actor = currentUser.require();
        reviews.start(actor, articleId);
        return ReviewJson.of(reviews.sheet(actor, articleId));
    }

    @Operation(summary = "Set a sentence's final labels")
    @PutMapping("/review/sentences/{sentenceId}")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The final labels are set.")
    @ApiResponse(responseCode = "409", description = "A stale version, or someone else holds the review.")
    FinalJson setFinal(@PathVariable long articleId, @PathVariable long sentenceId, @RequestBody LabelsBody body) {
        if (body.labels() == null) {
            throw new InvalidInputException("labels", "Give the final labels as a list; an empty list means no label.");
        }
        var saved = reviews.setFinal(currentUser.require(), articleId, sentenceId, body.labels(), body.version());
        return new FinalJson(sentenceId, saved.labels(), saved.version());
    }

    @Operation(summary = "Comment on a sentence under review")
    @PostMapping("/review/sentences/{sentenceId}/comments")
    void comment(@PathVariable long articleId, @PathVariable long sentenceId, @RequestBody CommentBody body) {
        reviews.comment(currentUser.require(), articleId, sentenceId, body.comment());
    }

    @Operation(summary = "Approve an article")
    @PostMapping("/approve")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Approved.")
    @ApiResponse(responseCode = "403", description = "The caller annotated this article.")
    @ApiResponse(responseCode = "409", description = "A sentence has no final labels yet.")
    StateJson approve(@PathVariable long articleId) {
        reviews.approve(currentUser.require(), articleId);
        return new StateJson(articleId, ArticleState.APPROVED);
    }

    @Operation(summary = "Send an article back to its curators")
    @PostMapping("/reject")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Back to the annotators.")
    @ApiResponse(responseCode = "400", description = "No comment.")
    StateJson reject(@PathVariable long articleId, @RequestBody CommentBody body) {
        reviews.reject(currentUser.require(), articleId, body.comment());
        return new StateJson(articleId, ArticleState.REJECTED);
    }

    @Operation(summary = "Send an approved article back to review for a correction")
    @PostMapping("/return-to-review")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Back in review, final labels kept.")
    @ApiResponse(responseCode = "400", description = "No reason.")
    @ApiResponse(responseCode = "409", description = "The article is not approved.")
    StateJson returnToReview(@PathVariable long articleId, @RequestBody ReasonBody body) {
        reviews.returnToReview(currentUser.require(), articleId, body.reason());
        return new StateJson(articleId, ArticleState.IN_REVIEW);
    }

    @Operation(summary = "List an article's moves through the workflow")
    @GetMapping("/history")
    List<HistoryJson> history(@PathVariable long articleId) {
        return reviews.history(currentUser.require(), articleId).stream()
                .map(change -> new HistoryJson(change.from(), change.to(), change.by(), change.at(), change.comment()))
                .toList();
    }

    record ReasonBody(@Nullable String reason) {}

    /** One move of the article: from and to which state, who, when, and the comment or reason given. */
    record HistoryJson(
            ArticleState from,
            ArticleState to,
            @Nullable String by,
            Instant at,
            @Nullable String comment) {}

    record LabelsBody(
            @Nullable List<String> labels, @Nullable Integer version) {}

    record CommentBody(@Nullable String comment) {}

    record StateJson(long articleId, ArticleState state) {}

    record FinalJson(
            long sentenceId,
            @JsonProperty("final") @Nullable List<String> finalLabels,
            int version) {}

    record ReviewJson(
            long articleId,
            ArticleState state,
            @Nullable String heldBy,
            List<String> curators,
            List<SentenceJson> sentences) {
        static ReviewJson of(ReviewSheet sheet) {
            return new ReviewJson(
                    sheet.articleId(),
                    sheet.state(),
                    sheet.heldBy(),
                    sheet.curators(),
                    sheet.sentences().stream()
                            .map(row -> new SentenceJson(
                                    row.sentenceId(),
                                    row.index(),
                                    row.text(),
                                    row.byAnnotator(),
                                    row.finalLabels(),
                                    row.finalVersion(),
                                    row.agreed(),
                                    row.comments()))
                            .toList());
        }
    }

    record SentenceJson(
            long sentenceId,
            int index,
            String text,
            Map<String, List<String>> byAnnotator,
            @JsonProperty("final") @Nullable List<String> finalLabels,
            int finalVersion,
            boolean agreed,
            List<ReviewSheet.Comment> comments) {}
}
