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
                : articles.page(actor, projectId, ArticleSort.IMPORTED, from, Paging.limit("limit", limit, 0, 1000));
        return page.stream()
                .map(a -> new ArticleListJson(a.id(), a.title(), a.publishedOn(), a.sentences(), a.state()))
                .toList();
    }

    @Operation(summary = "Get an article with its text and sentences")
    @GetMapping("/articles/{articleId}")
    ArticleJson get(@PathVariable long articleId) {
        var article = articles.get(currentUser.require(), articleId);
        return new ArticleJson(
                article.id(),
                article.projectId(),
                article.title(),
                article.publishedOn(),
                article.source(),
                article.text(),
                article.state(),
                article.sentences(),
                article.removals());
    }

    record ArticleListJson(long id, String title, @Nullable LocalDate publishedOn, int sentences, ArticleState state) {}

    record ArticleJson(
            long id,
            long projectId,
            String title,
            @Nullable LocalDate publishedOn,
            @Nullable String source,
            String text,
            ArticleState state,
            List<Sentence> sentences,
            List<RemovedRegion> removals) {}
}
