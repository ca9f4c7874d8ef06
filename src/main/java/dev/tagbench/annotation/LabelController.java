package dev.tagbench.annotation;

import dev.tagbench.base.IfMatchVersion;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own labels. A PUT without a version overwrites; with {@code version} in the body (or an
 * {@code If-Match} header) it is refused with 409 when someone changed the sentence since.
 */
@Tag(name = "Labels")
@RestController
@RequestMapping("/api/v1")
class LabelController {

    private final AnnotationService annotations;
    private final CurrentUser currentUser;

    LabelController(AnnotationService annotations, CurrentUser currentUser) {
        this.annotations = annotations;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Get your labels on an article")
    @GetMapping("/articles/{articleId}/labels")
    List<SentenceLabels> labels(@PathVariable long articleId) {
        return annotations.labelsOf(currentUser.require(), articleId);
    }

    @Operation(summary = "Set your labels on a sentence")
    @PutMapping("/sentences/{sentenceId}/labels")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Stored durably.")
    @ApiResponse(responseCode = "400", description = "An unknown label key, or no labels list.")
    @ApiResponse(responseCode = "409", description = "The sentence changed since the given version.")
    SentenceLabels put(
            @PathVariable long sentenceId,
            @RequestBody LabelsBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var expected = body.version() != null ? body.version() : IfMatchVersion.parse(ifMatch);
        if (body.labels() == null) {
            throw new InvalidInputException("labels", "Give the labels as a list; an empty list means no label.");
        }
        return annotations.setLabels(currentUser.require(), sentenceId, body.labels(), expected, ChangeSource.API);
    }

    record LabelsBody(
            @Nullable List<String> labels, @Nullable Integer version) {}
}
