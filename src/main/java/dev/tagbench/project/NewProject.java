package dev.tagbench.project;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What it takes to create a project; missing parts get defaults (the default label schema, 2 curators). */
public record NewProject(String name, @Nullable List<Label> labels, @Nullable Integer annotatorsPerArticle) {}
