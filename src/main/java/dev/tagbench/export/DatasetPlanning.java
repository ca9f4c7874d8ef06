package dev.tagbench.export;

import dev.tagbench.agreement.AgreementService;
import dev.tagbench.project.Project;
import dev.tagbench.user.AppUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans an export: which approved articles go to which split, keeping the splits articles had in the
 * project's earlier exports with the same ratios and seed, and what the dataset card says about it,
 * including what it grew from. Callers have checked access and settings.
 */
@Service
class DatasetPlanning {

    private final ApprovedSentences sentences;
    private final SnapshotStore store;
    private final SnapshotRecords records;
    private final AgreementService agreement;

    DatasetPlanning(
            ApprovedSentences sentences, SnapshotStore store, SnapshotRecords records, AgreementService agreement) {
        this.sentences = sentences;
        this.store = store;
        this.records = records;
        this.agreement = agreement;
    }

    /** A planned export: its articles (in id order) and its description. */
    record Planned(List<ExportedArticle> articles, DatasetDescription description) {}

    /** A new export of every approved article. */
    @Transactional(propagation = Propagation.MANDATORY)
    Planned plan(
            AppUser actor,
            Project project,
            DatasetExporter exporter,
            int[] ratios,
            long seed,
            Map<String, String> options) {
        var split = SplitRatios.normalized(ratios);
        records.ensureRecorded(project.id(), split, seed);
        var stats = sentences.articles(project.id());
        var kept = store.keptSplits(project.id(), split, seed);
        var assigned = SplitPlanner.plan(stats, ratios, seed, kept);
        var articles = stats.stream()
                .map(a -> new ExportedArticle(a.articleId(), assigned.get(a.articleId()), a.approvedAt()))
                .toList();
        var sentenceCounts = new HashMap<Long, Long>();
        stats.forEach(a -> sentenceCounts.put(a.articleId(), (long) a.sentences()));
        var growth = growth(project.id(), split, seed, articles, kept.keySet(), sentenceCounts);
        var description = describe(
                actor,
                project,
                exporter,
                split,
                seed,
                options,
                articles,
                sentenceCounts(articles, sentenceCounts),
                growth);
        return new Planned(articles, description);
    }

    /** The export a snapshot recorded, with its articles, splits and approvals as recorded. */
    @Transactional(propagation = Propagation.MANDATORY)
    Planned replan(AppUser actor, Project project, DatasetExporter exporter, SnapshotStore.StoredSnapshot snapshot) {
        records.ensureRecorded(project.id(), snapshot);
        var articles = List.copyOf(store.records(snapshot.id()).values());
        var counts = SnapshotJson.sentencesPerSplit(snapshot.countsJson());
        var description = describe(
                actor,
                project,
                exporter,
                snapshot.split(),
                snapshot.seed(),
                snapshot.options(),
                articles,
                counts,
                snapshot.growth());
        return new Planned(articles, description);
    }

    /**
     * What this export grew from: the latest earlier export with the same settings. An export with
     * exactly its articles, splits and approvals is the same dataset, so this one says what that one
     * said; the same data and settings keep giving the same bytes.
     */
    private @Nullable Growth growth(
            long projectId,
            String split,
            long seed,
            List<ExportedArticle> articles,
            Set<Long> hadSplit,
            Map<Long, Long> sentenceCounts) {
        var previous = store.latest(projectId, split, seed).orElse(null);
        if (previous == null) {
            return null;
        }
        var before = store.records(previous.id());
        var same = before.size() == articles.size()
                && articles.stream().allMatch(a -> a.equals(before.get(a.articleId())));
        if (same) {
            return previous.growth();
        }
        int kept = 0;
        int placed = 0;
        int corrected = 0;
        long placedSentences = 0;
        var now = new HashSet<Long>();
        for (var article : articles) {
            now.add(article.articleId());
            if (hadSplit.contains(article.articleId())) {
                kept++;
                var earlier = before.get(article.articleId());
                if (earlier != null && !earlier.approvedAt().equals(article.approvedAt())) {
                    corrected++;
                }
            } else {
                placed++;
                placedSentences += sentenceCounts.getOrDefault(article.articleId(), 0L);
            }
        }
        var dropped =
                (int) before.keySet().stream().filter(id -> !now.contains(id)).count();
        return new Growth(
                previous.id(), before.size(), previous.sentences(), kept, placed, placedSentences, corrected, dropped);
    }

    private DatasetDescription describe(
            AppUser actor,
            Project project,
            DatasetExporter exporter,
            String split,
            long seed,
            Map<String, String> options,
            List<ExportedArticle> articles,
            Map<String, Long> sentencesPerSplit,
            @Nullable Growth growth) {
        var articlesPerSplit = new LinkedHashMap<String, Long>();
        DatasetDescription.SPLITS.forEach(name -> articlesPerSplit.put(name, 0L));
        articles.forEach(a -> articlesPerSplit.merge(a.split(), 1L, Long::sum));
        var ids = articles.stream().map(ExportedArticle::articleId).sorted().toList();
        Map<String, @Nullable Double> alphas =
                exporter.writesDatasetCard() ? agreement.alphaForArticles(actor, project.id(), ids) : Map.of();
        var settings = new LinkedHashMap<String, String>();
        settings.put("format", exporter.id());
        settings.put("split", split);
        settings.put("seed", String.valueOf(seed));
        settings.putAll(options);
        LocalDate dataDate = articles.stream()
                .map(ExportedArticle::approvedAt)
                .max(Comparator.naturalOrder())
                .map((Instant time) -> time.atOffset(ZoneOffset.UTC).toLocalDate())
                .orElse(null);
        return new DatasetDescription(
                project.name(),
                project.language(),
                project.schemaVersion(),
                project.labels(),
                settings,
                sentencesPerSplit,
                articlesPerSplit,
                ids.isEmpty() ? 0 : sentences.curators(ids),
                alphas,
                dataDate,
                growth);
    }

    private static Map<String, Long> sentenceCounts(List<ExportedArticle> articles, Map<Long, Long> perArticle) {
        var perSplit = articles.stream()
                .collect(Collectors.groupingBy(
                        ExportedArticle::split, Collectors.summingLong(a -> perArticle.get(a.articleId()))));
        var ordered = new LinkedHashMap<String, Long>();
        DatasetDescription.SPLITS.forEach(name -> ordered.put(name, perSplit.getOrDefault(name, 0L)));
        return ordered;
    }
}
