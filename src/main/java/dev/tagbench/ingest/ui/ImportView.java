package dev.tagbench.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.Counted;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.ingest.FileSource;
import dev.tagbench.ingest.ImportReport;
import dev.tagbench.ingest.ImportService;
import dev.tagbench.ingest.IngestProperties;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.ManagedProjectPicker;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Managers bring articles in: drop files or ZIPs, or paste text. Uploads are imported in the
 * background while a progress bar runs; every file gets a line in the report.
 */
@Route("import")
@PageTitle("Import · Tagbench")
@PermitAll
public class ImportView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    static final String ACCEPTED = ".txt, .html, .htm, .jsonl, .ndjson, .csv, .tsv, .zip";

    private final ImportService imports;
    private final CurrentUser currentUser;
    private final TaskExecutor executor;
    private final ManagedProjectPicker projectChooser;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<ImportRow> report = new Grid<>();
    private final List<ImportRow> rows = new ArrayList<>();
    private final TextField pastedTitle = new TextField("Title (optional)");
    private final TextArea pastedText = new TextArea("Text");
    private final Checkbox keepLabels = new Checkbox("Keep labels of labelled datasets (a Tagbench export, JSON Lines "
            + "or the Hugging Face ZIP, comes back as its approved articles)");
    private int queued;
    private int finished;

    public ImportView(
            ImportService imports,
            ProjectService projects,
            CurrentUser currentUser,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            IngestProperties limits) {
        this.imports = imports;
        this.currentUser = currentUser;
        this.executor = executor;
        this.projectChooser = new ManagedProjectPicker("Import into project", projects, currentUser);
        addClassName("import-view");
        projectChooser.setWidth("24rem");

        var upload = new Upload(new BoundedUpload(
                limits.maxArchiveSize().toBytes(),
                Path.of(System.getProperty("java.io.tmpdir")),
                (event, file) -> event.getUI().access(() -> uploaded(event.getFileName(), file)),
                (event, reason) -> event.getUI().access(() -> refused(event.getFileName(), reason))));
        upload.setAcceptedFileTypes(ACCEPTED.split(", "));
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, limits.maxArchiveSize().toBytes()));
        upload.setDropLabel(new Span("Drop files or ZIP archives here (" + ACCEPTED + ")"));
        upload.addFileRejectedListener(
                rejected -> Notification.show(rejected.getFileName() + ": " + rejected.getErrorMessage()));
        upload.setWidthFull();

        progress.setVisible(false);
        progressText.setId("import-progress");
        pastedText.setWidthFull();
        pastedText.setMinHeight("8rem");
        pastedTitle.setWidthFull();
        var importPasted = new Button("Import text", click -> importPasted());
        importPasted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        report.addColumn(row -> row.outcome().name().toLowerCase())
                .setHeader("Result")
                .setAutoWidth(true);
        report.addColumn(ImportRow::file).setHeader("File").setAutoWidth(true);
        report.addColumn(ImportRow::detail).setHeader("Details").setFlexGrow(3);
        report.addComponentColumn(
                        row -> row.articleId() == null ? new Span() : new Anchor("articles/" + row.articleId(), "open"))
                .setHeader("")
                .setAutoWidth(true);
        report.setAllRowsVisible(true);
        report.setItems(rows);

        add(
                new H2("Import articles"),
                projectChooser,
                new Paragraph("Files up to " + limits.maxFileSize().toMegabytes() + " MB, ZIP archives up to "
                        + limits.maxArchiveSize().toMegabytes() + " MB. Articles already in the project are "
                        + "recognised and skipped."),
                keepLabels,
                upload,
                progress,
                progressText,
                new H3("Or paste text"),
                pastedTitle,
                pastedText,
                importPasted,
                new H3("Report"),
                report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getLocation().getQueryParameters().getSingleParameter("project");
        if (!projectChooser.load(requested.orElse(null))) {
            removeAll();
            add(new H2("Import articles"), new Paragraph("You manage no project, so there is nothing to import into."));
        }
    }

    /** Called with the UI locked once the file is stored; imports it in the background, then deletes it. */
    private void uploaded(String fileName, Path file) {
        try {
            importInBackground(fileName, file);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** The browser's size limit was lifted: the server refused the file unread (or stopped reading it). */
    private void refused(String fileName, String reason) {
        show(ImportReport.rejected(fileName, reason));
        Notification.show(fileName + ": " + reason);
    }

    private void importInBackground(String fileName, Path file) {
        var project = projectChooser.getValue();
        var actor = currentUser.require();
        var keep = keepLabels.getValue();
        var ui = UI.getCurrent();
        ui.access(() -> {
            queued++;
            updateProgress(ui);
        });
        executor.execute(() -> {
            List<ImportReport> reports;
            try {
                reports = project == null
                        ? List.of(ImportReport.rejected(fileName, "choose a project first"))
                        : imports.importUpload(actor, project.id(), new FileSource(fileName, file), keep);
            } catch (RuntimeException e) {
                reports = List.of(ImportReport.rejected(
                        fileName,
                        e instanceof ForbiddenException
                                ? e.getMessage()
                                : "the import failed because of a server error; it has been logged"));
            } finally {
                deleteQuietly(file);
            }
            var done = reports;
            ui.access(() -> {
                finished++;
                done.forEach(this::show);
                updateProgress(ui);
            });
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }

    private void importPasted() {
        var project = projectChooser.getValue();
        if (project == null || pastedText.getValue().isBlank()) {
            Notification.show("Choose a project and paste some text first.");
            return;
        }
        var report =
                imports.importText(currentUser.require(), project.id(), pastedTitle.getValue(), pastedText.getValue());
        show(report);
        if (report.rejected() == null) {
            pastedText.clear();
            pastedTitle.clear();
        }
    }

    private void show(ImportReport result) {
        rows.addAll(0, ImportRow.of(result));
        report.getDataProvider().refreshAll();
    }

    private void updateProgress(UI ui) {
        var busy = finished < queued;
        progress.setVisible(busy);
        progress.setIndeterminate(false);
        progress.setValue(queued == 0 ? 0 : (double) finished / queued);
        progressText.setText(
                busy
                        ? "Importing " + finished + " of " + Counted.of(queued, "upload") + "…"
                        : queued == 0 ? "" : "Imported " + Counted.of(queued, "upload") + ".");
        // Poll while imports run so their results appear without a page reload.
        ui.setPollInterval(busy ? 500 : -1);
    }
}
