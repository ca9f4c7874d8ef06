package dev.tagbench.agreement;

import dev.tagbench.article.ArticleService;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Agreement")
@RestController
@RequestMapping("/api/v1")
class AgreementController {

    private final AgreementService agreement;
    private final ArticleService articles;
    private final CurrentUser currentUser;

    AgreementController(AgreementService agreement, ArticleService articles, CurrentUser currentUser) {
        this.agreement = agreement;
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Get the curators' agreement in a project")
    @GetMapping("/projects/{projectId}/agreement")
    AgreementJson project(@PathVariable long projectId) {
        return AgreementJson.of(agreement.forProject(currentUser.require(), projectId));
    }

    @Operation(summary = "Get the curators' agreement on an article")
    @GetMapping("/articles/{articleId}/agreement")
    AgreementJson article(@PathVariable long articleId) {
        var actor = currentUser.require();
        return AgreementJson.of(agreement.forArticle(actor, articles.projectOf(actor, articleId), articleId));
    }

    record AgreementJson(Map<String, AgreementFigures> perLabel, Overall overall, int sentences) {
        static AgreementJson of(ProjectAgreement figures) {
            return new AgreementJson(figures.perLabel(), new Overall(figures.overallAlpha()), figures.sentences());
        }
    }

    record Overall(@Nullable Double krippendorffAlpha) {}
}
