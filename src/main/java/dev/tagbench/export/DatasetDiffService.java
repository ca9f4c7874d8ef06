package dev.tagbench.export;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changelog of a dataset: the rows two exports of a project differ by (added, removed, or changed
 * in text, labels or split), compared as each export was made. Managers only.
 */
@Service
public class DatasetDiffService {

    /** The most rows one page of a diff holds. */
    public static final int MAX_PAGE = 1000;

    private final SnapshotStore store;
    private final SnapshotRecords records;
    private final DiffRows diffs;
    private final ProjectService projects;

    DatasetDiffService(SnapshotStore store, SnapshotRecords records, DiffRows diffs, ProjectService projects) {
        this.store = store;
        this.records = records;
        this.diffs = diffs;
        this.projects = projects;
    }

    /** How many rows the later export {@code to} adds, removes and changes against {@code from}. */
    @Transactional
    public DiffCounts counts(AppUser actor, long projectId, long from, long to) {
        check(actor, projectId, from, to);
        return diffs.counts(from, to);
    }

    /** Receives the differing rows one by one. */
    @FunctionalInterface
    public interface RowSink {
        void row(DiffRow row) throws IOException;
    }

    /**
     * Hands every differing row to {@code sink}, by article and sentence, straight from a database
     * cursor, and counts them on the way: any number of rows in constant memory.
     */
    @Transactional
    public DiffCounts each(AppUser actor, long projectId, long from, long to, RowSink sink) throws IOException {
        check(actor, projectId, from, to);
        long added = 0;
        long removed = 0;
        long changed = 0;
        try (Stream<DiffRow> rows = diffs.stream(from, to)) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                var row = iterator.next();
                switch (row.change()) {
                    case DiffRow.ADDED -> added++;
                    case DiffRow.REMOVED -> removed++;
                    default -> changed++;
                }
                sink.row(row);
            }
        }
        return new DiffCounts(from, to, added, removed, changed);
    }

    /** A page of {@link #rows}, for views. */
    @Transactional
    public List<DiffRow> page(AppUser actor, long projectId, long from, long to, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "A page holds 1 to " + MAX_PAGE + " rows from offset 0 on.");
        }
        check(actor, projectId, from, to);
        return diffs.page(from, to, offset, limit);
    }

    /** Checks that the caller manages the project and that both exports are its own; before a response starts. */
    @Transactional
    public void check(AppUser actor, long projectId, long from, long to) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        for (var id : List.of(from, to)) {
            var snapshot = store.find(projectId, id)
                    .orElseThrow(() -> new NotFoundException("Export " + id + " does not exist in this project."));
            records.ensureRecorded(projectId, snapshot);
        }
    }
}
