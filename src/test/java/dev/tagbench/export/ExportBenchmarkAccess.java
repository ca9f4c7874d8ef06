package dev.tagbench.export;

/** Lets the export benchmark run the export's own query through COPY. */
public final class ExportBenchmarkAccess {

    private ExportBenchmarkAccess() {}

    public static String select() {
        return ApprovedSentences.SELECT;
    }
}
