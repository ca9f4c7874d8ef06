package dev.tagbench.article;

import dev.tagbench.base.Paging;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Articles")
@RestController
@RequestMapping("/api/v1")
class ArticleController {

    /** Sentences per page of an article: a page of a long article stays a few hundred kilobytes. */
    static final int DEFAULT_SENTENCES = 1000;

    static final int MAX_SENTENCES = 5000;

    static final int MAX_ARTICLES = 1000;

    private final ArticleService articles;
    private final CurrentUser currentUser;

    ArticleController(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @Operation(summary = "List a project's articles")
    @GetMapping("/projects/{projectId}/articles")
    List<ArticleListJson> list(
            @PathVariable long projectId,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) @Nullable Integer limit) {
        var actor = currentUser.require();
        var from = Paging.offset("offset", offset);
        var page = limit == null
                ? articles.all(actor, projectId, from)
                : articles.page(
                        actor,
                        projectId,
                        ArticleSort.IMPORTED,
                        from,
                        Paging.limit("limit", limit, MAX_ARTICLES, MAX_ARTICLES));
        return page.stream()
                .map(a -> new ArticleListJson(a.id(), a.title(), a.publishedOn(), a.sentences(), a.state()))
                .toList();
    }

    @Operation(
            summary = "Get an article with its text and sentences",
            description = "Sentences come in pages: `offset` is the index of the first one, `limit` how many"
                    + " (default " + DEFAULT_SENTENCES + ", at most " + MAX_SENTENCES + "), `sentenceCount` the"
                    + " article's total. The original text and the removals come with the first page (offset 0)"
                    + " only and are null on later pages; every sentence's start and end point into that text.")
    @GetMapping("/articles/{articleId}")
    ArticleJson get(
            @PathVariable long articleId,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) @Nullable Integer limit) {
        var page = articles.articlePage(
                currentUser.require(),
                articleId,
                Paging.offset("offset", offset),
                Paging.limit("limit", limit, DEFAULT_SENTENCES, MAX_SENTENCES));
        return new ArticleJson(
                page.id(),
                page.projectId(),
                page.title(),
                page.publishedOn(),
                page.source(),
                page.text(),
                page.state(),
                page.sentenceCount(),
                page.offset(),
                page.sentences(),
                page.removals());
    }

    record ArticleListJson(long id, String title, @Nullable LocalDate publishedOn, int sentences, ArticleState state) {}

    record ArticleJson(
            long id,
            long projectId,
            String title,
            @Nullable LocalDate publishedOn,
            @Nullable String source,
            @Nullable String text,
            ArticleState state,
            int sentenceCount,
            int offset,
            List<Sentence> sentences,
            @Nullable List<RemovedRegion> removals) {}
}
