package dev.tagbench.ingest;

import dev.tagbench.article.ArticleService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.user.AppUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Brings files into a project: picks the importer, cleans and splits each article and stores it.
 * Each article is stored in its own transaction, so one bad article never takes good ones down
 * with it; a file refused as a whole stores nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int HEAD_SIZE = 4096;
    /** The importer id recorded for text pasted into the import view. */
    static final String PASTED = "pasted";
    /** The dataset card of the Hugging Face layout: describes a labelled dataset, is no article of it. */
    static final String DATASET_CARD = "README.md";

    private final ExtensionRegistry<ArticleImporter> importers;
    private final ExtensionRegistry<TextCleaner> cleaners;
    private final ExtensionRegistry<SentenceSegmenter> segmenters;
    private final ProjectService projects;
    private final ArticleService articles;
    private final IngestProperties properties;
    private final ReviewService reviews;
    private final TransactionOperations transactions;
    private final Timer imports;

    ImportService(
            ExtensionRegistry<ArticleImporter> importers,
            ExtensionRegistry<TextCleaner> cleaners,
            ExtensionRegistry<SentenceSegmenter> segmenters,
            ProjectService projects,
            ArticleService articles,
            IngestProperties properties,
            ReviewService reviews,
            TransactionOperations transactions,
            MeterRegistry meters) {
        this.imports = Timer.builder("tagbench.imports")
                .description("Uploads imported (files and archives)")
                .register(meters);
        this.reviews = reviews;
        this.transactions = transactions;
        this.importers = importers;
        this.cleaners = cleaners;
        this.segmenters = segmenters;
        this.projects = projects;
        this.articles = articles;
        this.properties = properties;
    }

    /**
     * Imports an upload into a project: one file, or each file of a ZIP archive. Managers only. One
     * bad file never stops the others; each gets its own report.
     */
    public List<ImportReport> importUpload(AppUser actor, long projectId, ImportSource upload) {
        return importUpload(actor, projectId, upload, false);
    }

    /**
     * As {@link #importUpload(AppUser, long, ImportSource)}; with {@code keepLabels}, records that
     * carry labels become approved articles with those labels as their final labels. Rows of a
     * Tagbench dataset (JSON Lines, or the Hugging Face ZIP whose dataset card is then skipped) are
     * grouped back into their articles by {@code article_id}, in {@code sentence_index} order
     * ({@link LabelledArticles}); any other labelled record is one sentence.
     */
    public List<ImportReport> importUpload(AppUser actor, long projectId, ImportSource upload, boolean keepLabels) {
        var started = System.nanoTime();
        try {
            return upload(actor, projectId, upload, keepLabels);
        } finally {
            imports.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private List<ImportReport> upload(AppUser actor, long projectId, ImportSource upload, boolean keepLabels) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        byte[] head;
        try {
            head = head(upload);
        } catch (IOException e) {
            return List.of(ImportReport.rejected(upload.fileName(), "the upload could not be read"));
        }
        if (!ArchiveReader.isArchive(upload.fileName(), head)) {
            return List.of(importFile(actor, projectId, upload, keepLabels));
        }
        if (upload.size() > properties.maxArchiveSize().toBytes()) {
            return List.of(ImportReport.rejected(
                    upload.fileName(),
                    "larger than the " + properties.maxArchiveSize().toMegabytes() + " MB limit for archives"));
        }
        var reports = new ArrayList<ImportReport>();
        try (var in = upload.open()) {
            var problems = new ArchiveReader(properties).read(in, entry -> {
                var name = upload.fileName() + " › " + entry.name();
                if (keepLabels && entry.name().equals(DATASET_CARD)) {
                    return;
                }
                switch (entry) {
                    case ArchiveReader.FileEntry file ->
                        reports.add(importFile(actor, projectId, new InMemorySource(name, file.bytes()), keepLabels));
                    case ArchiveReader.RefusedEntry refused ->
                        reports.add(ImportReport.rejected(name, refused.reason()));
                }
            });
            problems.forEach(problem -> reports.add(ImportReport.rejected(upload.fileName(), problem)));
        } catch (IOException e) {
            reports.add(ImportReport.rejected(upload.fileName(), "the archive could not be read: " + e.getMessage()));
        }
        return reports;
    }

    /** Imports one file into a project; managers only. */
    public ImportReport importFile(AppUser actor, long projectId, ImportSource source) {
        return importFile(actor, projectId, source, false);
    }

    private ImportReport importFile(AppUser actor, long projectId, ImportSource source, boolean keepLabels) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var limit = properties.maxFileSize().toBytes();
        if (source.size() > limit) {
            return ImportReport.rejected(
                    source.fileName(),
                    "larger than the " + properties.maxFileSize().toMegabytes() + " MB limit");
        }
        try {
            var head = head(source);
            var importer = importers.all().stream()
                    .filter(candidate -> candidate.accepts(source.fileName(), head))
                    .findFirst()
                    .orElse(null);
            if (importer == null) {
                return ImportReport.rejected(source.fileName(), "not a supported file type");
            }
            return read(actor, project, source, importer, keepLabels);
        } catch (ImportRejectedException e) {
            return ImportReport.rejected(source.fileName(), e.getMessage());
        } catch (IOException e) {
            log.warn("Reading {} failed", source.fileName(), e);
            return ImportReport.rejected(source.fileName(), "the file could not be read");
        } catch (ForbiddenException | NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Importing {} failed", source.fileName(), e);
            return ImportReport.rejected(
                    source.fileName(),
                    "the file could not be imported because of a server error; " + "it has been logged");
        }
    }

    private ImportReport read(
            AppUser actor, Project project, ImportSource source, ArticleImporter importer, boolean keepLabels)
            throws IOException {
        var preparer = preparer(project);
        var batch = newBatch(actor, project, source.fileName(), importer.id());
        var articleNumber = new int[] {0};
        try {
            readInto(importer, source, preparer, batch, articleNumber, keepLabels ? project : null);
        } catch (IOException | RuntimeException e) {
            // Whatever was stored before the failure stays stored, so the report must say so.
            batch.finish();
            if (batch.imported.isEmpty() && batch.duplicates.isEmpty()) {
                if (e instanceof ImportRejectedException rejected) {
                    return ImportReport.rejected(source.fileName(), rejected.getMessage(), List.copyOf(batch.warnings));
                }
                throw e;
            }
            var reason = e instanceof ImportRejectedException ? e.getMessage() : "reading stopped early";
            batch.problems.add("after article " + articleNumber[0], reason + "; the articles before it were imported");
            log.warn("Import of {} stopped after {} articles", source.fileName(), articleNumber[0], e);
        }
        batch.finish();
        var warnings = List.copyOf(batch.warnings);
        var problems = batch.problems.list();
        if (batch.imported.isEmpty() && batch.duplicates.isEmpty()) {
            var reason =
                    batch.problems.count() == 1 ? batch.problems.first().message() : "no article could be imported";
            return new ImportReport(source.fileName(), List.of(), List.of(), problems, reason, warnings);
        }
        return new ImportReport(source.fileName(), batch.imported, batch.duplicates, problems, null, warnings);
    }

    private void readInto(
            ArticleImporter importer,
            ImportSource source,
            ArticlePreparer preparer,
            ArticleBatch batch,
            int[] articleNumber,
            @Nullable Project keepLabelsOf)
            throws IOException {
        var labelKeys = keepLabelsOf == null
                ? List.<String>of()
                : keepLabelsOf.labels().stream().map(Label::key).toList();
        var dataset = new LabelledArticles(cleaners.all(), ArticleLimits.of(properties), labelKeys);
        importer.read(source, new ImportSink() {
            @Override
            public void article(ImportedArticle article) {
                var where = "article " + ++articleNumber[0];
                try {
                    if (keepLabelsOf != null && LabelledArticles.isDatasetRow(article)) {
                        dataset.add(article, where);
                    } else {
                        batch.add(
                                keepLabelsOf != null && article.labels() != null
                                        ? preparer.prepareLabelled(article, labelKeys)
                                        : preparer.prepare(article, importer.id()),
                                where);
                    }
                } catch (ImportRejectedException e) {
                    batch.problems.add(where, e.getMessage());
                }
            }

            @Override
            public void problem(String where, String message) {
                batch.problems.add(where, message);
            }

            @Override
            public void warning(String message) {
                batch.warnings.add(message);
            }
        });
        for (var group : dataset.groups().values()) {
            var where = group.where() + " (article_id " + ReportText.quote(group.articleId()) + ")";
            try {
                batch.add(dataset.prepare(group), where);
            } catch (ImportRejectedException e) {
                batch.problems.add(where, e.getMessage());
            }
        }
    }

    /** Imports text typed or pasted by a manager, with an optional title. */
    public ImportReport importText(AppUser actor, long projectId, String title, String text) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var name = "pasted text";
        if (text.isBlank()) {
            return ImportReport.rejected(name, "the text is empty");
        }
        var cleanTitle = title.strip().replaceAll("\\s+", " ");
        var article = new ImportedArticle(
                text, cleanTitle.isEmpty() ? null : cleanTitle, null, null, null, Map.of(), List.of());
        var batch = newBatch(actor, project, name, PASTED);
        try {
            batch.add(preparer(project).prepare(article, PASTED), "the text");
        } catch (ImportRejectedException e) {
            return ImportReport.rejected(name, e.getMessage());
        }
        batch.finish();
        return new ImportReport(name, batch.imported, batch.duplicates, batch.problems.list(), null, List.of());
    }

    private ArticleBatch newBatch(AppUser actor, Project project, String fileName, String importerId) {
        return new ArticleBatch(
                articles,
                actor,
                project,
                fileName,
                importerId,
                transactions,
                new LabelledApprovals(articles, reviews, actor));
    }

    private ArticlePreparer preparer(Project project) {
        return new ArticlePreparer(cleaners.all(), segmenters.get(project.segmenterId()), ArticleLimits.of(properties));
    }

    private static byte[] head(ImportSource source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readNBytes(HEAD_SIZE);
        }
    }
}
