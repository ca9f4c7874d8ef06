package dev.tagbench.ingest.ui;

import dev.tagbench.base.Counted;
import dev.tagbench.ingest.ImportReport;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of the import report a manager sees. */
record ImportRow(
        String file,
        Outcome outcome,
        String detail,
        @Nullable Long articleId) {

    enum Outcome {
        IMPORTED,
        DUPLICATE,
        PROBLEM,
        REJECTED,
        /** Something to check about a file that was read, such as the encoding it was assumed to be in. */
        WARNING
    }

    static List<ImportRow> of(ImportReport report) {
        var rows = new ArrayList<ImportRow>();
        var file = report.fileName();
        if (report.rejected() != null) {
            rows.add(new ImportRow(file, Outcome.REJECTED, report.rejected(), null));
        }
        report.warnings().forEach(warning -> rows.add(new ImportRow(file, Outcome.WARNING, warning, null)));
        report.imported()
                .forEach(article -> rows.add(new ImportRow(
                        file,
                        Outcome.IMPORTED,
                        article.title() + " (" + Counted.of(article.sentences(), "sentence") + ")",
                        article.articleId())));
        report.duplicates()
                .forEach(duplicate -> rows.add(new ImportRow(
                        file,
                        Outcome.DUPLICATE,
                        "already in the project: " + duplicate.title(),
                        duplicate.articleId())));
        if (report.rejected() == null || report.problems().size() > 1) {
            report.problems()
                    .forEach(problem -> rows.add(
                            new ImportRow(file, Outcome.PROBLEM, problem.where() + ": " + problem.message(), null)));
        }
        return rows;
    }
}
