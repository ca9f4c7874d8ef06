package dev.tagbench.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article as lists show it, without its text. */
public record ArticleSummary(
        long id, String title, @Nullable LocalDate publishedOn, int sentences, ArticleState state) {}
