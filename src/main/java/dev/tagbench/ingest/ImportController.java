package dev.tagbench.ingest;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import over HTTP: one or more {@code file} parts, each a supported file or a ZIP of them. */
@Tag(name = "Import")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/articles")
class ImportController {

    private final ImportService imports;
    private final CurrentUser currentUser;

    ImportController(ImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Import files as articles")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFiles(
            @PathVariable long projectId,
            @RequestPart(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean keepLabels) {
        if (files == null || files.isEmpty()) {
            throw new InvalidInputException("file", "Send one or more files as multipart parts named 'file'.");
        }
        var actor = currentUser.require();
        var reports = new ArrayList<ImportReport>();
        for (var file : files) {
            reports.addAll(imports.importUpload(actor, projectId, new UploadedFile(file), keepLabels));
        }
        return ImportResult.of(reports);
    }

    /** A multipart part as an import source; the container keeps large parts on disk, not in memory. */
    private record UploadedFile(MultipartFile part) implements ImportSource {
        @Override
        public String fileName() {
            var name = part.getOriginalFilename() == null ? "upload" : part.getOriginalFilename();
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }

        @Override
        public long size() {
            return part.getSize();
        }

        @Override
        public InputStream open() throws IOException {
            return part.getInputStream();
        }
    }

    /**
     * The API's answer: what was imported, what was already there, and what failed and why. Each
     * imported article and each error carries the warnings of its file (an assumed encoding, say).
     */
    record ImportResult(List<Imported> imported, List<Duplicate> duplicates, List<Error> errors) {

        record Imported(long articleId, String title, int sentences, String file, List<String> warnings) {}

        record Duplicate(String file, long articleId) {}

        record Error(String file, String message, List<String> warnings) {}

        static ImportResult of(List<ImportReport> reports) {
            var imported = new ArrayList<Imported>();
            var duplicates = new ArrayList<Duplicate>();
            var errors = new ArrayList<Error>();
            for (var report : reports) {
                var file = report.fileName();
                var warnings = report.warnings();
                report.imported()
                        .forEach(a ->
                                imported.add(new Imported(a.articleId(), a.title(), a.sentences(), file, warnings)));
                report.duplicates().forEach(d -> duplicates.add(new Duplicate(file, d.articleId())));
                if (report.rejected() != null) {
                    errors.add(new Error(file, report.rejected(), warnings));
                }
                if (report.rejected() == null || report.problems().size() > 1) {
                    report.problems()
                            .forEach(p -> errors.add(new Error(file, p.where() + ": " + p.message(), warnings)));
                }
            }
            return new ImportResult(imported, duplicates, errors);
        }
    }
}
