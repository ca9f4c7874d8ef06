package dev.tagbench.article;

import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading and storing articles, always within what the actor may see in the project. */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ProjectService projects;

    ArticleService(ArticleRepository articles, ProjectService projects) {
        this.articles = articles;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> page(AppUser actor, long projectId, ArticleSort sort, int offset, int limit) {
        projects.get(actor, projectId);
        return articles.page(projectId, sort, Math.max(0, offset), Math.clamp(limit, 1, 1000));
    }

    /** Every article of the project from {@code offset} on, in import order. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> all(AppUser actor, long projectId, int offset) {
        projects.get(actor, projectId);
        return articles.page(projectId, ArticleSort.IMPORTED, Math.max(0, offset), Integer.MAX_VALUE);
    }

    /** The project's articles in any of these states, in import order. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> inStates(AppUser actor, long projectId, List<ArticleState> states) {
        projects.get(actor, projectId);
        return articles.inStates(projectId, states.stream().map(Enum::name).toList());
    }

    /** How many of the project's articles are in each state. */
    @Transactional(readOnly = true)
    public Map<ArticleState, Integer> countByState(AppUser actor, long projectId) {
        projects.get(actor, projectId);
        return articles.countByState(projectId);
    }

    @Transactional(readOnly = true)
    public int count(AppUser actor, long projectId) {
        projects.get(actor, projectId);
        return articles.count(projectId);
    }

    /** The article with its sentences, for any member of its project. */
    @Transactional(readOnly = true)
    public Article get(AppUser actor, long articleId) {
        projectOf(actor, articleId);
        return articles.find(articleId).orElseThrow(() -> notFound(articleId));
    }

    /**
     * At most {@code limit} sentences of the article from index {@code offset} on, for any member
     * of its project; the text and removals with the first page only.
     */
    @Transactional(readOnly = true)
    public ArticlePage articlePage(AppUser actor, long articleId, int offset, int limit) {
        projectOf(actor, articleId);
        return articles.page(articleId, offset, limit, offset == 0).orElseThrow(() -> notFound(articleId));
    }

    /** The project of an article, if the actor is a member of it (404 otherwise). */
    @Transactional(readOnly = true)
    public long projectOf(AppUser actor, long articleId) {
        var projectId = articles.projectOf(articleId).orElseThrow(() -> notFound(articleId));
        try {
            projects.get(actor, projectId);
        } catch (NotFoundException e) {
            throw notFound(articleId);
        }
        return projectId;
    }

    /** Where a sentence belongs, for a member of its project (404 for anyone else). */
    @Transactional(readOnly = true)
    public SentenceRef sentenceRef(AppUser actor, long sentenceId) {
        var ref = articles.sentenceRef(sentenceId)
                .orElseThrow(() -> new NotFoundException("Sentence " + sentenceId + " does not exist."));
        try {
            projects.get(actor, ref.projectId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Sentence " + sentenceId + " does not exist.");
        }
        return ref;
    }

    /** Where a sentence belongs, inside the transaction of a service that checks access to its project. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<SentenceRef> sentenceRef(long sentenceId) {
        return articles.sentenceRef(sentenceId);
    }

    /** The project's article with this content hash (an import's duplicate), for members of the project. */
    @Transactional(readOnly = true)
    public Optional<Long> findByContentHash(AppUser actor, long projectId, String contentHash) {
        projects.get(actor, projectId);
        return articles.findByHash(projectId, contentHash);
    }

    /**
     * Stores articles of one project with their sentences in one transaction: all or none. Returns
     * each article's new id, or empty where the project already has an article with the same
     * content hash (also under concurrent imports).
     */
    @Transactional
    public List<Optional<Long>> createAll(AppUser actor, long projectId, List<NewArticle> batch) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        if (batch.stream().anyMatch(article -> article.projectId() != projectId)) {
            throw new IllegalArgumentException("All articles of a batch belong to project " + projectId);
        }
        return articles.insertAll(batch, actor.id());
    }

    private static NotFoundException notFound(long articleId) {
        return new NotFoundException(
                "Article " + articleId + " does not exist or you are not a member of its project.");
    }
}
