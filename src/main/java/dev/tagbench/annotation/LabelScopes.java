package dev.tagbench.annotation;

import dev.tagbench.article.ArticleService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which articles and labels when looking across a project: reviewers, managers and
 * administrators see every article, curators only those they hold; in a blind project curators see
 * only their own labels, and nobody sees others' labels where their own part can still change.
 */
@Service
public class LabelScopes {

    /** Why a curator cannot look into an article they do not hold. */
    public static final String NOT_HELD =
            "You do not hold this article, so its labels and history are not yours to see.";

    private final LabelScopeRepository repository;
    private final ProjectService projects;
    private final ArticleService articles;

    LabelScopes(LabelScopeRepository repository, ProjectService projects, ArticleService articles) {
        this.repository = repository;
        this.projects = projects;
        this.articles = articles;
    }

    /** The actor's scope in the project; any member may ask (404 for others). */
    @Transactional(readOnly = true)
    public LabelScope of(AppUser actor, long projectId) {
        var project = projects.get(actor, projectId);
        var roles = projects.rolesOf(actor, projectId);
        var everyArticle = actor.admin() || roles.contains(ProjectRole.REVIEWER) || roles.contains(ProjectRole.MANAGER);
        return new LabelScope(
                actor.id(),
                everyArticle,
                project.blind(),
                repository.ownPartOpen(projectId, actor.id()),
                everyArticle ? Set.of() : repository.held(projectId, actor.id()));
    }

    /**
     * What the actor sees of one article's labels.
     *
     * @throws ForbiddenException when the actor is a curator who does not hold the article
     */
    @Transactional(readOnly = true)
    public LabelView view(AppUser actor, long articleId) {
        var view = of(actor, articles.projectOf(actor, articleId)).view(articleId);
        if (view == null) {
            throw new ForbiddenException(NOT_HELD);
        }
        return view;
    }
}
