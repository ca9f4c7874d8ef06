package dev.tagbench.export;

import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Dataset downloads. Access and settings are checked before the response starts; the body then
 * streams straight from the database cursor, so clients see bytes at once, at any size.
 */
@Tag(name = "Export")
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class ExportController {

    private final ExportService exports;
    private final DatasetDiffService diffs;
    private final CurrentUser currentUser;

    ExportController(ExportService exports, DatasetDiffService diffs, CurrentUser currentUser) {
        this.exports = exports;
        this.diffs = diffs;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Download a dataset of approved sentences")
    @GetMapping("/export")
    @DatasetDownload
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable long projectId,
            @RequestParam(defaultValue = "jsonl") String format,
            @RequestParam(defaultValue = "80,10,10") String split,
            @RequestParam(defaultValue = "42") long seed,
            @RequestParam(defaultValue = "false") boolean bom) {
        return download(exports.prepare(currentUser.require(), projectId, format, split, seed, bom));
    }

    @Operation(summary = "List a project's export snapshots")
    @GetMapping("/exports")
    List<Snapshot> snapshots(@PathVariable long projectId) {
        return exports.snapshots(currentUser.require(), projectId);
    }

    @Operation(summary = "Download an export snapshot again")
    @GetMapping("/exports/{snapshotId}/download")
    @DatasetDownload
    ResponseEntity<StreamingResponseBody> again(@PathVariable long projectId, @PathVariable long snapshotId) {
        return download(exports.prepareSnapshot(currentUser.require(), projectId, snapshotId));
    }

    /**
     * The rows export {@code b} adds, removes and changes against export {@code a}, streamed: the
     * counts follow the rows. Both exports are checked before the response starts.
     */
    @Operation(summary = "Compare two export snapshots: rows added, removed and changed")
    @GetMapping("/exports/{a}/diff/{b}")
    @ApiResponse(
            responseCode = "200",
            description = "The differing rows, then the counts.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DiffJson.Document.class)))
    ResponseEntity<StreamingResponseBody> diff(
            @PathVariable long projectId, @PathVariable long a, @PathVariable long b) {
        var actor = currentUser.require();
        diffs.check(actor, projectId, a, b);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(out -> DiffJson.write(diffs, actor, projectId, a, b, out));
    }

    /** The streamed body as the OpenAPI document shows it: a file in one of the built-in formats. */
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            description = "The dataset, streamed (a plugin may add formats).",
            content = {
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.apache.parquet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @interface DatasetDownload {}

    private ResponseEntity<StreamingResponseBody> download(ExportPlan plan) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(plan.exporter().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(plan.fileName())
                                .build()
                                .toString())
                .body(out -> exports.write(plan, out));
    }
}
