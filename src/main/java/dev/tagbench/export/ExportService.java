package dev.tagbench.export;

import dev.tagbench.agreement.AgreementService;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dataset export of approved sentences: plans whole-article splits, streams rows from a database
 * cursor through the chosen exporter plugin, and records each export as a snapshot with its
 * checksum. Managers only.
 */
@Service
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final ApprovedSentences sentences;
    private final ExtensionRegistry<DatasetExporter> exporters;
    private final ProjectService projects;
    private final AgreementService agreement;
    private final JsonMapper json;

    private final Timer exportTimer;

    ExportService(
            ApprovedSentences sentences,
            ExtensionRegistry<DatasetExporter> exporters,
            ProjectService projects,
            AgreementService agreement,
            JsonMapper json,
            MeterRegistry meters) {
        this.exportTimer = Timer.builder("tagbench.exports")
                .description("Dataset exports written")
                .register(meters);
        this.sentences = sentences;
        this.exporters = exporters;
        this.projects = projects;
        this.agreement = agreement;
        this.json = json;
    }

    /** Checks access and settings and plans the splits; nothing is written yet. */
    @Transactional(readOnly = true)
    public ExportPlan prepare(AppUser actor, long projectId, String format, String split, long seed) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var exporter = exporter(format);
        var ratios = ratios(split);
        var stats = sentences.articles(projectId);
        var assigned = SplitPlanner.plan(stats, ratios, seed);
        var bySplit = new LinkedHashMap<String, List<Long>>();
        DatasetDescription.SPLITS.forEach(name -> bySplit.put(name, new ArrayList<>()));
        stats.forEach(article -> bySplit.get(assigned.get(article.articleId())).add(article.articleId()));
        return plan(actor, project, exporter, normalized(ratios), seed, bySplit, stats, null, null);
    }

    /** Plans the export a snapshot recorded, over the same articles, to fetch its data again. */
    @Transactional(readOnly = true)
    public ExportPlan prepareSnapshot(AppUser actor, long projectId, long snapshotId) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var stored = sentences
                .snapshot(projectId, snapshotId)
                .orElseThrow(() -> new NotFoundException("Export " + snapshotId + " does not exist in this project."));
        var exporter = exporter(stored.format());
        var wanted = new HashSet<>(stored.articleIds());
        var stats = sentences.articles(projectId).stream()
                .filter(a -> wanted.contains(a.articleId()))
                .toList();
        var assigned = SplitPlanner.plan(stats, ratios(stored.split()), stored.seed());
        var bySplit = new LinkedHashMap<String, List<Long>>();
        DatasetDescription.SPLITS.forEach(name -> bySplit.put(name, new ArrayList<>()));
        stats.forEach(article -> bySplit.get(assigned.get(article.articleId())).add(article.articleId()));
        return plan(
                actor, project, exporter, stored.split(), stored.seed(), bySplit, stats, snapshotId, stored.sha256());
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
        var counting = new CountingOutputStream(out);
        var digest = new DigestOutputStream(counting, sha256());
        var streams = new ArrayList<Stream<ExportRow>>();
        try {
            plan.exporter().export(plan.description(), rows(plan, streams), digest);
            digest.flush();
        } finally {
            streams.forEach(Stream::close);
        }
        var sha = HexFormat.of().formatHex(digest.getMessageDigest().digest());
        var total = plan.description().sentences();
        if (plan.snapshotId() != null) {
            if (!sha.equals(plan.expectedSha256())) {
                log.warn(
                        "Export {} re-created with checksum {} instead of {}",
                        plan.snapshotId(),
                        sha,
                        plan.expectedSha256());
            }
            return new ExportResult(plan.snapshotId(), sha, counting.count, total);
        }
        var counts = new LinkedHashMap<String, Object>();
        counts.put("sentences", plan.description().sentencesPerSplit());
        counts.put("articles", plan.description().articlesPerSplit());
        var id = sentences.record(
                plan.project().id(),
                plan.actor().id(),
                plan.exporter().id(),
                plan.split(),
                plan.seed(),
                plan.articleIds(),
                total,
                json.writeValueAsString(counts),
                sha,
                counting.count);
        return new ExportResult(id, sha, counting.count, total);
    }

    /**
     * The rows of every split, one cursor after the other. Built by hand: an iterator over
     * {@code Stream.flatMap} would buffer each split's whole result in memory.
     */
    private Iterator<ExportRow> rows(ExportPlan plan, List<Stream<ExportRow>> opened) {
        var splits = DatasetDescription.SPLITS.iterator();
        return new Iterator<>() {
            private Iterator<ExportRow> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && splits.hasNext()) {
                    var split = splits.next();
                    var ids = plan.articlesBySplit().get(split);
                    if (!ids.isEmpty()) {
                        var stream = sentences.rows(ids, split);
                        opened.add(stream);
                        current = stream.iterator();
                    }
                }
                return current.hasNext();
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        return sentences.snapshots(projectId);
    }

    /** The enabled exporters, for choosing a format. */
    public List<DatasetExporter> formats() {
        return exporters.all();
    }

    private ExportPlan plan(
            AppUser actor,
            Project project,
            DatasetExporter exporter,
            String split,
            long seed,
            Map<String, List<Long>> bySplit,
            List<SplitPlanner.ArticleStats> stats,
            Long snapshotId,
            String sha) {
        var sentenceCount = new HashMap<Long, Integer>();
        stats.forEach(article -> sentenceCount.put(article.articleId(), article.sentences()));
        var sentencesPerSplit = new LinkedHashMap<String, Long>();
        var articlesPerSplit = new LinkedHashMap<String, Long>();
        bySplit.forEach((name, ids) -> {
            sentencesPerSplit.put(
                    name, ids.stream().mapToLong(sentenceCount::get).sum());
            articlesPerSplit.put(name, (long) ids.size());
        });
        var all = bySplit.values().stream().flatMap(List::stream).sorted().toList();
        Map<String, @org.jspecify.annotations.Nullable Double> alphas =
                exporter.writesDatasetCard() ? agreement.alphaForArticles(actor, project.id(), all) : Map.of();
        var settings = new LinkedHashMap<String, String>();
        settings.put("format", exporter.id());
        settings.put("split", split);
        settings.put("seed", String.valueOf(seed));
        var description = new DatasetDescription(
                project.name(),
                project.schemaVersion(),
                project.labels(),
                settings,
                sentencesPerSplit,
                articlesPerSplit,
                all.isEmpty() ? 0 : sentences.curators(all),
                alphas,
                all.isEmpty() ? null : sentences.latestApproval(all).orElse(null));
        return new ExportPlan(actor, project, exporter, split, seed, bySplit, description, snapshotId, sha);
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

    /** "80,10,10" → {80, 10, 10}: three non-negative whole numbers, not all zero. */
    static int[] ratios(String split) {
        var parts = split.split(",");
        try {
            if (parts.length == 3) {
                var ratios = new int[] {
                    Integer.parseInt(parts[0].strip()),
                    Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip())
                };
                if (ratios[0] >= 0 && ratios[1] >= 0 && ratios[2] >= 0 && ratios[0] + ratios[1] + ratios[2] > 0) {
                    return ratios;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(
                "split",
                "Give the split as three whole numbers for train, validation and " + "test, such as 80,10,10.");
    }

    private static String normalized(int[] ratios) {
        return ratios[0] + "," + ratios[1] + "," + ratios[2];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an export wrote. */
    public record ExportResult(long snapshotId, String sha256, long bytes, long rows) {}

    /** Counts bytes on their way to the client; never closes the client's stream. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
