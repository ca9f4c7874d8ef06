package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.export.ExportService;
import dev.tagbench.ingest.ImportService;
import dev.tagbench.ingest.InMemorySource;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The timers of label writes, imports and exports measure the whole unit of work, commit included:
 * when a unit's transaction commits, its timer has not recorded it yet; once the call returns, it has.
 */
@TagbenchIntegrationTest
class TimersIncludeCommitIT {

    @Autowired
    AnnotationService annotations;

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestData data;

    /** A commit, and how many units each timer had recorded when it happened. */
    record Commit(@Nullable String transaction, Thread thread, long labelWrites, long imports, long exports) {}

    private final List<Commit> commits = new CopyOnWriteArrayList<>();
    private final TransactionExecutionListener watch = new TransactionExecutionListener() {
        @Override
        public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
            if (failure == null) {
                commits.add(new Commit(
                        transaction.getTransactionName(),
                        Thread.currentThread(),
                        count("tagbench.label.writes"),
                        count("tagbench.imports"),
                        count("tagbench.exports")));
            }
        }
    };

    @BeforeEach
    void watchCommits() {
        ((ConfigurableTransactionManager) transactionManager).addListener(watch);
    }

    @AfterEach
    void stopWatching() {
        ((ConfigurableTransactionManager) transactionManager)
                .getTransactionExecutionListeners()
                .remove(watch);
    }

    @Test
    void a_label_write_is_timed_after_its_transaction_committed() {
        var project = data.project();
        var curator = data.user("timed");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var sentenceId = data.sentenceIds(data.article(project)).getFirst();
        var before = count("tagbench.label.writes");

        annotations.setLabels(curator, sentenceId, List.of("pledge"), 0, ChangeSource.API);

        assertThat(commitsOf("dev.tagbench.annotation.LabelWriter.setLabels"))
                .singleElement()
                .extracting(Commit::labelWrites)
                .isEqualTo(before);
        assertThat(count("tagbench.label.writes")).isEqualTo(before + 1);
    }

    @Test
    void an_export_is_timed_after_its_snapshot_committed() throws Exception {
        var project = data.project();
        var plan = exports.prepare(data.admin(), project.id(), "jsonl", "80,10,10", 7);
        var before = count("tagbench.exports");

        exports.write(plan, new ByteArrayOutputStream());

        assertThat(commitsOf("dev.tagbench.export.ExportWriter.write"))
                .singleElement()
                .extracting(Commit::exports)
                .isEqualTo(before);
        assertThat(count("tagbench.exports")).isEqualTo(before + 1);
    }

    @Test
    void an_import_is_timed_after_its_last_batch_committed() {
        var project = data.project();
        var test = Thread.currentThread();
        var before = count("tagbench.imports");
        var text = "2024-05-01 Ceasefire talks\n\nThe minister pledged to withdraw troops. Talks resume today.\n";

        var reports = imports.importUpload(
                data.admin(), project.id(), new InMemorySource("talks.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(reports)
                .singleElement()
                .satisfies(report -> assertThat(report.imported()).hasSize(1));
        // The batches commit on the import's own threads (this one, or a virtual writer thread).
        var importCommits = commits.stream()
                .filter(commit -> commit.thread() == test || commit.thread().isVirtual())
                .toList();
        assertThat(importCommits)
                .isNotEmpty()
                .allSatisfy(commit -> assertThat(commit.imports()).isEqualTo(before));
        assertThat(count("tagbench.imports")).isEqualTo(before + 1);
    }

    private List<Commit> commitsOf(String transaction) {
        return commits.stream()
                .filter(commit -> transaction.equals(commit.transaction()))
                .toList();
    }

    private long count(String timer) {
        return meters.get(timer).timer().count();
    }
}
