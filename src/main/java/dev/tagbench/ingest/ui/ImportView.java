package dev.tagbench.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.ingest.FileSource;
import dev.tagbench.ingest.ImportReport;
import dev.tagbench.ingest.ImportService;
import dev.tagbench.ingest.IngestProperties;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
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

    static final String ACCEPTED = ".txt, .html, .htm, .jsonl, .ndjson, .csv, .tsv, .zip";

    private final ImportService imports;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final TaskExecutor executor;
    private final ComboBox<Project> projectChooser = new ComboBox<>("Import into project");
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
        this.projects = projects;
        this.currentUser = currentUser;
        this.executor = executor;
        addClassName("import-view");
        projectChooser.setItemLabelGenerator(Project::name);
        projectChooser.setWidth("24rem");

        var upload = new Upload(UploadHandler.toTempFile(this::uploaded));
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
        var actor = currentUser.require();
        var managed = projects.withRole(actor, ProjectRole.MANAGER);
        projectChooser.setItems(managed);
        var requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("project")
                .flatMap(id -> managed.stream()
                        .filter(p -> String.valueOf(p.id()).equals(id))
                        .findFirst());
        if (!managed.isEmpty()) {
            projectChooser.setValue(requested.orElse(managed.getFirst()));
        } else {
            removeAll();
            add(new H2("Import articles"), new Paragraph("You manage no project, so there is nothing to import into."));
        }
    }

    /** Called on the upload request's thread once the file is stored; imports it in the background. */
    private void uploaded(UploadMetadata metadata, File file) {
        try {
            importInBackground(metadata, file);
        } catch (RuntimeException e) {
            file.delete();
            throw e;
        }
    }

    private void importInBackground(UploadMetadata metadata, File file) {
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
                        ? List.of(ImportReport.rejected(metadata.fileName(), "choose a project first"))
                        : imports.importUpload(
                                actor, project.id(), new FileSource(metadata.fileName(), file.toPath()), keep);
            } catch (RuntimeException e) {
                reports = List.of(ImportReport.rejected(
                        metadata.fileName(),
                        e instanceof ForbiddenException
                                ? e.getMessage()
                                : "the import failed because of a server error; it has been logged"));
            } finally {
                file.delete();
            }
            var done = reports;
            ui.access(() -> {
                finished++;
                done.forEach(this::show);
                updateProgress(ui);
            });
        });
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
                        ? "Importing " + finished + " of " + queued + " uploads…"
                        : queued == 0 ? "" : "Imported " + queued + (queued == 1 ? " upload." : " uploads."));
        // Poll while imports run so their results appear without a page reload.
        ui.setPollInterval(busy ? 500 : -1);
    }
}
