package dev.tagbench.export;

import dev.tagbench.user.AppUser;
import java.io.IOException;
import java.io.OutputStream;

/** Lets the export benchmarks run the export's own query through COPY and simulate corrections. */
public final class ExportBenchmarkAccess {

    private ExportBenchmarkAccess() {}

    public static String select() {
        return ApprovedSentences.SELECT;
    }

    public static String liveRows() {
        return ApprovedSentences.LIVE_ROWS;
    }

    /** The diff as the API writes it. */
    public static void writeDiff(
            DatasetDiffService diffs, AppUser actor, long projectId, long from, long to, OutputStream out)
            throws IOException {
        DiffJson.write(diffs, actor, projectId, from, to, out);
    }
}
