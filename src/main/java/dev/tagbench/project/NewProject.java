package dev.tagbench.project;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What it takes to create a project; missing parts get defaults (the default schema, 2 curators, blind). */
public record NewProject(
        String name,
        @Nullable List<Label> labels,
        @Nullable Integer annotatorsPerArticle,
        @Nullable Boolean blind) {

    public NewProject(String name, @Nullable List<Label> labels, @Nullable Integer annotatorsPerArticle) {
        this(name, labels, annotatorsPerArticle, null);
    }
}
