package dev.tagbench.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while importing one file. The first {@link #KEPT} are listed; the rest are
 * only counted, so that a file of a million broken rows gives a report of a hundred lines and a
 * count rather than a response of many megabytes. Problems may arrive from the batch writer's
 * thread, hence the locking.
 */
final class ImportProblems {

    static final int KEPT = 100;

    private final List<ImportReport.Problem> kept = new ArrayList<>();
    private long count;

    synchronized void add(String where, String message) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new ImportReport.Problem(where, message));
        }
    }

    synchronized long count() {
        return count;
    }

    /** The first problem; only asked for when there is one. */
    synchronized ImportReport.Problem first() {
        return kept.getFirst();
    }

    /** The listed problems, followed by a line saying how many more there were. */
    synchronized List<ImportReport.Problem> list() {
        var all = new ArrayList<>(kept);
        if (count > kept.size()) {
            all.add(new ImportReport.Problem(
                    "further problems", ReportText.count(count - kept.size()) + " more like these were not listed"));
        }
        return List.copyOf(all);
    }
}
