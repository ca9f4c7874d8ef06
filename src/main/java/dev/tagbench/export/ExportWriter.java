package dev.tagbench.export;

import dev.tagbench.base.ForbiddenException;
import dev.tagbench.export.ExportService.ExportResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transaction behind {@link ExportService#write}: streams a planned dataset through its exporter
 * ({@link ExportStream}), and records the snapshot with the split and approval of every article. A
 * bean of its own so that the service can time each export from outside its transaction, commit
 * included.
 */
@Service
class ExportWriter {

    private static final Logger log = LoggerFactory.getLogger(ExportWriter.class);

    private final ApprovedSentences sentences;
    private final SnapshotRows snapshotRows;
    private final SnapshotStore store;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ExportWriter(
            ApprovedSentences sentences,
            SnapshotRows snapshotRows,
            SnapshotStore store,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.sentences = sentences;
        this.snapshotRows = snapshotRows;
        this.store = store;
        this.json = json;
        this.events = events;
    }

    @Transactional
    ExportResult write(ExportPlan plan, OutputStream out) throws IOException {
        var total = plan.description().sentences();
        if (plan.snapshotId() != null) {
            // A recorded export is read as it was recorded (withdrawn approvals from their archive), so
            // its articles need not be approved now; it must be one of the plan's project.
            var snapshotId = plan.snapshotId();
            if (store.find(plan.project().id(), snapshotId).isEmpty()) {
                throw new ForbiddenException("The export names a recorded export of another project.");
            }
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
        if (!sentences.allApprovedIn(plan.project().id(), plan.articleIds())) {
            throw new ForbiddenException("The export names articles that are not approved articles of its project.");
        }
        var bySplit = plan.articlesBySplit();
        var written = ExportStream.write(plan, split -> sentences.rows(bySplit.get(split), split), out);
        var description = plan.description();
        var counts = new LinkedHashMap<String, Object>();
        counts.put("sentences", description.sentencesPerSplit());
        counts.put("articles", description.articlesPerSplit());
        var id = store.record(new SnapshotStore.NewSnapshot(
                plan.project().id(),
                plan.actor().id(),
                plan.exporter().id(),
                plan.split(),
                plan.seed(),
                plan.articles(),
                total,
                json.writeValueAsString(counts),
                SnapshotJson.optionsJson(plan.options()),
                description.growth(),
                written.sha256(),
                written.bytes()));
        // Only a new snapshot is an event; downloading a recorded one again is not.
        events.publishEvent(new ExportCreated(
                id,
                plan.project().id(),
                plan.exporter().id(),
                plan.split(),
                plan.seed(),
                total,
                plan.articleIds().size(),
                written.sha256(),
                plan.actor().username()));
        return new ExportResult(id, written.sha256(), written.bytes(), total);
    }
}
