package dev.tagbench.export;

import java.util.HashSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the articles of exports made before Tagbench recorded them, the first time something needs
 * them: their splits planned again from their article ids and settings (exactly what downloading
 * them again did), each with the approval in force when the export was made.
 */
@Service
class SnapshotRecords {

    private final SnapshotStore store;
    private final ApprovedSentences sentences;

    SnapshotRecords(SnapshotStore store, ApprovedSentences sentences) {
        this.store = store;
        this.sentences = sentences;
    }

    /** Records every unrecorded export of the project with these settings. */
    @Transactional(propagation = Propagation.MANDATORY)
    void ensureRecorded(long projectId, String split, long seed) {
        store.unrecorded(projectId, split, seed).forEach(snapshot -> record(projectId, snapshot));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void ensureRecorded(long projectId, SnapshotStore.StoredSnapshot snapshot) {
        if (!snapshot.articleIds().isEmpty() && !store.isRecorded(snapshot.id())) {
            record(projectId, snapshot);
        }
    }

    private void record(long projectId, SnapshotStore.StoredSnapshot snapshot) {
        var wanted = new HashSet<>(snapshot.articleIds());
        // As a download of such an export did: the articles of it that are approved now.
        var stats = sentences.articles(projectId).stream()
                .filter(article -> wanted.contains(article.articleId()))
                .toList();
        var splits = SplitPlanner.plan(stats, SplitRatios.parse(snapshot.split()), snapshot.seed());
        var approvals = store.approvalsAt(snapshot.articleIds(), snapshot.createdAt());
        store.insertRecords(
                snapshot.id(),
                stats.stream()
                        .map(article -> new ExportedArticle(
                                article.articleId(),
                                splits.get(article.articleId()),
                                approvals.getOrDefault(article.articleId(), article.approvedAt())))
                        .toList());
    }
}
