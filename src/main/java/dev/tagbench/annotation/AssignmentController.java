package dev.tagbench.annotation;

import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Curators take, submit and reopen articles; managers assign them by hand. */
@Tag(name = "Assignments")
@RestController
@RequestMapping("/api/v1")
class AssignmentController {

    private final AssignmentService assignments;
    private final CurrentUser currentUser;

    AssignmentController(AssignmentService assignments, CurrentUser currentUser) {
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** The caller's next article: 200 with its id, or 204 when nothing needs a curator. */
    @Operation(summary = "Take the next article to work on")
    @PostMapping("/projects/{projectId}/next-article")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The article to work on.")
    @ApiResponse(responseCode = "204", description = "Nothing needs the caller now.")
    ResponseEntity<NextArticle> next(@PathVariable long projectId) {
        return assignments
                .nextArticle(currentUser.require(), projectId)
                .map(id -> ResponseEntity.ok(new NextArticle(id)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @Operation(summary = "Submit your annotation of an article")
    @PostMapping("/articles/{articleId}/submit")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Submitted.")
    @ApiResponse(responseCode = "409", description = "A sentence has no decision yet.")
    StatusJson submit(@PathVariable long articleId) {
        return new StatusJson(articleId, assignments.submit(currentUser.require(), articleId));
    }

    @Operation(summary = "Reopen your submitted annotation")
    @PostMapping("/articles/{articleId}/reopen")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Reopened.")
    @ApiResponse(responseCode = "409", description = "Review has started.")
    StatusJson reopen(@PathVariable long articleId) {
        return new StatusJson(articleId, assignments.reopen(currentUser.require(), articleId));
    }

    @Operation(summary = "List who works on an article")
    @GetMapping("/articles/{articleId}/assignments")
    List<Assignment> list(@PathVariable long articleId) {
        return assignments.assignments(currentUser.require(), articleId);
    }

    @Operation(summary = "Assign a curator to an article")
    @PutMapping("/articles/{articleId}/assignments/{username}")
    List<Assignment> assign(@PathVariable long articleId, @PathVariable String username) {
        var actor = currentUser.require();
        assignments.assign(actor, articleId, username);
        return assignments.assignments(actor, articleId);
    }

    @Operation(summary = "Take an article away from a curator")
    @DeleteMapping("/articles/{articleId}/assignments/{username}")
    @ApiResponse(responseCode = "204", description = "Unassigned.")
    ResponseEntity<Void> unassign(@PathVariable long articleId, @PathVariable String username) {
        assignments.unassign(currentUser.require(), articleId, username);
        return ResponseEntity.noContent().build();
    }

    record NextArticle(long articleId) {}

    record StatusJson(long articleId, AssignmentStatus status) {}
}
