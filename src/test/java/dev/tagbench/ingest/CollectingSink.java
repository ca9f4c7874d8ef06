package dev.tagbench.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what an importer hands over, for assertions. */
public final class CollectingSink implements ImportSink {

    /** A reported problem. */
    public record Problem(String where, String message) {}

    public final List<ImportedArticle> articles = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void article(ImportedArticle article) {
        articles.add(article);
    }

    @Override
    public void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }
}
