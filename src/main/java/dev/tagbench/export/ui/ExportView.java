package dev.tagbench.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.tagbench.base.Counted;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.export.DatasetDiffService;
import dev.tagbench.export.DatasetExporter;
import dev.tagbench.export.ExportPlan;
import dev.tagbench.export.ExportService;
import dev.tagbench.export.Snapshot;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.project.ui.ManagedProjectPicker;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * Managers export approved sentences as a dataset: format, split ratios and seed; the download
 * streams while a progress bar runs, and every export is listed as a snapshot that can be
 * downloaded again.
 */
@Route("export")
@PageTitle("Export · Tagbench")
@PermitAll
public class ExportView extends VerticalLayout implements BeforeEnterObserver {

    private final ExportService exports;
    private final CurrentUser currentUser;
    private final ManagedProjectPicker projectChooser;
    private final ComboBox<DatasetExporter> format = new ComboBox<>("Format");
    private final TextField split = new TextField("Split (train, validation, test)", "80,10,10", "");
    private final IntegerField seed = new IntegerField("Seed");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<Snapshot> snapshots = new Grid<>();
    private final Checkbox byteOrderMark = new Checkbox("Byte-order mark for spreadsheets (CSV)");
    private final SnapshotDiffPanel diff;
    private final DatasetLanguage language;

    public ExportView(
            ExportService exports,
            DatasetDiffService diffs,
            ProjectService projects,
            ProjectSetupService setup,
            CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
        this.diff = new SnapshotDiffPanel(diffs, currentUser, this::projectId);
        this.language = new DatasetLanguage(setup, currentUser);
        this.projectChooser = new ManagedProjectPicker("Project", projects, currentUser);
        projectChooser.setId("project-chooser");
        projectChooser.addValueChangeListener(change -> {
            language.show(change.getValue());
            refresh();
        });
        format.setId("export-format");
        format.setItemLabelGenerator(DatasetExporter::name);
        var formats = exports.formats(currentUser.require());
        format.setItems(formats);
        formats.stream().findFirst().ifPresent(format::setValue);
        seed.setValue(42);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("export-status");
        var download = new Anchor(streamHandler(this::plan), "Download dataset");
        download.setId("export-download");
        // Poll while a download runs, so its progress and result reach the page.
        download.getElement().addEventListener("click", click -> getUI().ifPresent(ui -> ui.setPollInterval(500)));
        download.getElement().setAttribute("download", true);
        byteOrderMark.setId("export-bom");
        byteOrderMark.setVisible(false);
        format.addValueChangeListener(change -> {
            var offers = change.getValue() != null && change.getValue().offersByteOrderMark();
            byteOrderMark.setVisible(offers);
            byteOrderMark.setValue(offers && byteOrderMark.getValue());
        });
        var form = new HorizontalLayout(projectChooser, format, split, seed, byteOrderMark, language);
        form.setAlignItems(Alignment.BASELINE);
        snapshots.addColumn(s -> "#" + s.id()).setHeader("Export").setAutoWidth(true);
        snapshots
                .addColumn(s -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                        s.createdAt().atOffset(ZoneOffset.UTC).withNano(0)))
                .setHeader("When (UTC)")
                .setAutoWidth(true);
        snapshots.addColumn(Snapshot::createdBy).setHeader("By").setAutoWidth(true);
        snapshots
                .addColumn(s -> s.format() + " · " + s.split() + " · seed " + s.seed())
                .setHeader("Settings")
                .setAutoWidth(true);
        snapshots
                .addColumn(s -> Counted.of(s.articles(), "article") + ", " + Counted.of(s.sentences(), "sentence"))
                .setHeader("Content")
                .setAutoWidth(true);
        snapshots
                .addColumn(s -> s.sha256().substring(0, 16) + "…")
                .setHeader("SHA-256")
                .setAutoWidth(true);
        snapshots
                .addComponentColumn(s -> {
                    var again = new Anchor(
                            streamHandler(() -> exports.prepareSnapshot(currentUser.require(), projectId(), s.id())),
                            "download again");
                    again.getElement()
                            .addEventListener("click", click -> getUI().ifPresent(ui -> ui.setPollInterval(500)));
                    again.getElement().setAttribute("download", true);
                    return again;
                })
                .setAutoWidth(true);
        snapshots.setAllRowsVisible(true);
        add(
                new H2("Export a dataset"),
                new Paragraph("Approved sentences only. Whole articles go to one split, and keep the split they "
                        + "had in earlier exports with the same split and seed; the same data and settings "
                        + "always give the same bytes."),
                form,
                download,
                progress,
                status,
                new H3("Earlier exports"),
                snapshots,
                new H3("Compare exports"),
                diff);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!projectChooser.load()) {
            // Exports are managers' tools; others reach this page only by its URL.
            removeAll();
            add(new H2("Export a dataset"), new Paragraph("You manage no project, so there is nothing to export."));
        }
    }

    private ExportPlan plan() {
        var chosen = format.getValue();
        if (chosen == null || seed.getValue() == null) {
            throw new InvalidInputException("format", "Choose a format and a seed.");
        }
        return exports.prepare(
                currentUser.require(),
                projectId(),
                chosen.id(),
                split.getValue(),
                seed.getValue(),
                byteOrderMark.isVisible() && byteOrderMark.getValue());
    }

    private long projectId() {
        var project = projectChooser.getValue();
        if (project == null) {
            throw new InvalidInputException("project", "Choose a project.");
        }
        return project.id();
    }

    /** A download that plans on click, streams the dataset and shows progress until it is done. */
    private DownloadHandler streamHandler(Supplier<ExportPlan> planner) {
        return event -> {
            var ui = event.getUI();
            ExportPlan plan;
            try {
                plan = planner.get();
            } catch (RuntimeException e) {
                ui.access(() -> status.setText("Not exported: " + e.getMessage()));
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName(plan.fileName());
            event.setContentType(plan.exporter().mediaType());
            ui.access(() -> {
                progress.setVisible(true);
                status.setText("Exporting " + Counted.of(plan.description().sentences(), "sentence") + "…");
            });
            try (var out = event.getOutputStream()) {
                var result = exports.write(plan, out);
                ui.access(() -> finished(
                        "Exported " + Counted.of(result.rows(), "sentence") + " (" + Counted.of(result.bytes(), "byte")
                                + "), SHA-256 "
                                + result.sha256() + ".",
                        ui));
            } catch (RuntimeException | IOException e) {
                ui.access(() -> finished("The export stopped: " + e.getMessage(), ui));
                throw e;
            }
        };
    }

    private void finished(String message, UI ui) {
        progress.setVisible(false);
        status.setText(message);
        ui.setPollInterval(-1);
        refresh();
    }

    private void refresh() {
        var project = projectChooser.getValue();
        if (project != null) {
            var recorded = exports.snapshots(currentUser.require(), project.id());
            snapshots.setItems(recorded);
            diff.show(recorded);
        }
    }
}
