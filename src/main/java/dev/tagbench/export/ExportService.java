package dev.tagbench.export;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dataset export of approved sentences: plans whole-article splits (keeping those of earlier exports
 * with the same settings), streams rows from a database cursor through the chosen exporter plugin,
 * and records each export as a snapshot with its checksum and the split of every article. Managers only.
 */
@Service
public class ExportService {

    private final SnapshotStore store;
    private final DatasetPlanning planning;
    private final ExtensionRegistry<DatasetExporter> exporters;
    private final ProjectService projects;
    private final ExportWriter writer;
    private final Timer exportTimer;

    ExportService(
            SnapshotStore store,
            DatasetPlanning planning,
            ExtensionRegistry<DatasetExporter> exporters,
            ProjectService projects,
            ExportWriter writer,
            MeterRegistry meters) {
        this.exportTimer = Timer.builder("tagbench.exports")
                .description("Dataset exports written, commit included")
                .register(meters);
        this.writer = writer;
        this.store = store;
        this.planning = planning;
        this.exporters = exporters;
        this.projects = projects;
    }

    /** Checks access and settings and plans the splits; nothing is written yet. */
    @Transactional
    public ExportPlan prepare(AppUser actor, long projectId, String format, String split, long seed) {
        return prepare(actor, projectId, format, split, seed, false);
    }

    /**
     * As {@link #prepare(AppUser, long, String, String, long)}; {@code byteOrderMark} asks for a UTF-8
     * byte-order mark, which spreadsheets need to read a CSV file as UTF-8 (formats that offer it only).
     */
    @Transactional
    public ExportPlan prepare(
            AppUser actor, long projectId, String format, String split, long seed, boolean byteOrderMark) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var exporter = exporter(format);
        var ratios = SplitRatios.parse(split);
        if (byteOrderMark && !exporter.offersByteOrderMark()) {
            throw new InvalidInputException(
                    DatasetDescription.BYTE_ORDER_MARK,
                    "A byte-order mark is offered for "
                            + exporters.all().stream()
                                    .filter(DatasetExporter::offersByteOrderMark)
                                    .map(DatasetExporter::id)
                                    .toList()
                            + " only.");
        }
        var options = byteOrderMark ? Map.of(DatasetDescription.BYTE_ORDER_MARK, "true") : Map.<String, String>of();
        var planned = planning.plan(actor, project, exporter, ratios, seed, options);
        return new ExportPlan(
                actor,
                project,
                exporter,
                SplitRatios.normalized(ratios),
                seed,
                options,
                planned.articles(),
                planned.description(),
                null,
                null);
    }

    /** Plans the export a snapshot recorded, with its articles, splits and approvals, to fetch it again. */
    @Transactional
    public ExportPlan prepareSnapshot(AppUser actor, long projectId, long snapshotId) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var stored = store.find(projectId, snapshotId)
                .orElseThrow(() -> new NotFoundException("Export " + snapshotId + " does not exist in this project."));
        var exporter = exporter(stored.format());
        var planned = planning.replan(actor, project, exporter, stored);
        return new ExportPlan(
                actor,
                project,
                exporter,
                stored.split(),
                stored.seed(),
                stored.options(),
                planned.articles(),
                planned.description(),
                snapshotId,
                stored.sha256());
    }

    /**
     * Streams the planned dataset to {@code out} and records it as a snapshot (unless it re-creates
     * one). Rows come from a server-side cursor, so memory does not grow with the dataset. The plan
     * carries the actor it was made for, who must still manage the project, and may name only the
     * project's approved articles, or a recorded export of the project: a plan made anywhere but
     * {@link #prepare} or {@link #prepareSnapshot} exports nothing else.
     */
    public ExportResult write(ExportPlan plan, OutputStream out) throws IOException {
        projects.requireRole(plan.actor(), plan.project().id(), ProjectRole.MANAGER);
        var started = System.nanoTime();
        try {
            return writer.write(plan, out);
        } finally {
            // After the writer's transaction: the timer includes the commit of the snapshot.
            exportTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** Deletes snapshots older than {@code age}, except each project's newest: the retention job's work. */
    @Transactional
    int deleteSnapshotsOlderThan(Duration age) {
        return store.deleteOlderThan(age);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        return store.list(projectId);
    }

    /** The enabled exporters, for choosing a format; any signed-in user may see them, as the plugin list. */
    public List<DatasetExporter> formats(AppUser actor) {
        return exporters.all();
    }

    private DatasetExporter exporter(String format) {
        return exporters
                .find(format)
                .orElseThrow(() -> new InvalidInputException(
                        "format",
                        "Unknown format '" + format + "'; available: "
                                + exporters.all().stream()
                                        .map(DatasetExporter::id)
                                        .toList() + "."));
    }

    /** What an export wrote. */
    public record ExportResult(long snapshotId, String sha256, long bytes, long rows) {}
}
