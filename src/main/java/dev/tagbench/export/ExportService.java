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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dataset export of approved sentences: plans whole-article splits (keeping those of earlier exports
 * with the same settings), streams rows from a database cursor through the chosen exporter plugin,
 * and records each export as a snapshot with its checksum and the split of every article. Managers only.
 */
@Service
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final ApprovedSentences sentences;
    private final SnapshotRows snapshotRows;
    private final SnapshotStore store;
    private final DatasetPlanning planning;
    private final ExtensionRegistry<DatasetExporter> exporters;
    private final ProjectService projects;
    private final Timer exportTimer;

    ExportService(
            ApprovedSentences sentences,
            SnapshotRows snapshotRows,
            SnapshotStore store,
            DatasetPlanning planning,
            ExtensionRegistry<DatasetExporter> exporters,
            ProjectService projects,
            MeterRegistry meters) {
        this.exportTimer = Timer.builder("tagbench.exports")
                .description("Dataset exports written")
                .register(meters);
        this.sentences = sentences;
        this.snapshotRows = snapshotRows;
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
     * one). Rows come from a server-side cursor, so memory does not grow with the dataset.
     */
    @Transactional
    public ExportResult write(ExportPlan plan, OutputStream out) throws IOException {
        var started = System.nanoTime();
        try {
            return stream(plan, out);
        } finally {
            exportTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private ExportResult stream(ExportPlan plan, OutputStream out) throws IOException {
        var total = plan.description().sentences();
        if (plan.snapshotId() != null) {
            var snapshotId = plan.snapshotId();
            var written = ExportStream.write(plan, split -> snapshotRows.rows(snapshotId, split), out);
            if (!written.sha256().equals(plan.expectedSha256())) {
                // The rows are the exported ones; the card shows the project's current name and schema.
                log.warn(
                        "Export {} re-created with checksum {} instead of {}",
                        snapshotId,
                        written.sha256(),
                        plan.expectedSha256());
            }
            return new ExportResult(snapshotId, written.sha256(), written.bytes(), total);
        }
        var bySplit = plan.articlesBySplit();
        var written = ExportStream.write(plan, split -> sentences.rows(bySplit.get(split), split), out);
        var description = plan.description();
        var counts = "{\"sentences\":" + json(description.sentencesPerSplit()) + ",\"articles\":"
                + json(description.articlesPerSplit()) + "}";
        var id = store.record(new SnapshotStore.NewSnapshot(
                plan.project().id(),
                plan.actor().id(),
                plan.exporter().id(),
                plan.split(),
                plan.seed(),
                plan.articles(),
                total,
                counts,
                SnapshotJson.optionsJson(plan.options()),
                description.growth(),
                written.sha256(),
                written.bytes()));
        return new ExportResult(id, written.sha256(), written.bytes(), total);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        return store.list(projectId);
    }

    /** The enabled exporters, for choosing a format. */
    public List<DatasetExporter> formats() {
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

    private static String json(Map<String, Long> counts) {
        return new TreeMap<>(counts)
                .entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
    }

    /** What an export wrote. */
    public record ExportResult(long snapshotId, String sha256, long bytes, long rows) {}
}
