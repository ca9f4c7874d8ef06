package dev.tagbench.review;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleTransition;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.article.ArticleWorkflow.ReviewHold;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of annotated articles. One reviewer holds an article's review at a time (the first to
 * start it); others see who. Unanimous sentences start with the curators' labels as final; the
 * holder decides the rest, comments, and approves once every sentence has final labels, or rejects
 * with a comment. Nobody reviews an article they annotated.
 */
@Service
public class ReviewService {

    private final ReviewRepository reviews;
    private final ArticleWorkflow workflow;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ProjectService projects;

    ReviewService(
            ReviewRepository reviews,
            ArticleWorkflow workflow,
            ArticleService articles,
            AnnotationService annotations,
            ProjectService projects) {
        this.reviews = reviews;
        this.workflow = workflow;
        this.articles = articles;
        this.annotations = annotations;
        this.projects = projects;
    }

    /**
     * The review as it stands, for reviewers and managers of the article's project; never for one of
     * its curators while their own labels can still change (see {@link AnnotationService#requireOthersVisible}).
     */
    @Transactional(readOnly = true)
    public ReviewSheet sheet(AppUser actor, long articleId) {
        annotations.requireOthersVisible(actor, articleId);
        var article = articles.get(actor, articleId);
        var hold = workflow.current(articleId);
        var decisions = annotations.submittedDecisions(actor, articleId);
        var finals = reviews.finals(articleId);
        var comments = reviews.comments(articleId);
        var curators = new TreeSet<String>();
        decisions.values().forEach(byUser -> curators.addAll(byUser.keySet()));
        var rows = new ArrayList<ReviewSheet.Row>();
        for (var sentence : article.sentences()) {
            var byAnnotator = decisions.getOrDefault(sentence.id(), Map.of());
            var decided = finals.get(sentence.id());
            rows.add(new ReviewSheet.Row(
                    sentence.id(),
                    sentence.index(),
                    sentence.cleanText(),
                    byAnnotator,
                    decided == null ? null : decided.labels(),
                    decided == null ? 0 : decided.version(),
                    agreed(byAnnotator.values()),
                    comments.getOrDefault(sentence.id(), List.of())));
        }
        return new ReviewSheet(
                articleId,
                article.title(),
                hold.state(),
                hold.reviewerName(),
                hold.reviewerId() != null && hold.reviewerId() == actor.id() && hold.state() == ArticleState.IN_REVIEW,
                hold.state() == ArticleState.APPROVED && manages(actor, article.projectId()),
                List.copyOf(curators),
                rows);
    }

    /**
     * Takes the review of an annotated article, pre-filling the sentences the curators agree on.
     * Starting again as the holder changes nothing.
     */
    @Transactional
    public void start(AppUser actor, long articleId) {
        var project = reviewerProject(actor, articleId);
        holdFor(actor, articleId, project);
    }

    /** A sentence's final labels in schema order and their version. */
    public record FinalLabels(List<String> labels, int version) {}

    /** Sets the final labels of a sentence; with {@code expectedVersion} a stale change is refused. */
    @Transactional
    public FinalLabels setFinal(
            AppUser actor,
            long articleId,
            long sentenceId,
            Collection<String> labels,
            @Nullable Integer expectedVersion) {
        var project = reviewerProject(actor, articleId);
        requireSentenceOf(actor, articleId, sentenceId);
        var canonical = project.canonicalLabels(labels);
        holdFor(actor, articleId, project);
        var current = reviews.lockFinal(sentenceId);
        var version = current.map(ReviewRepository.Final::version).orElse(0);
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConflictException("The final labels of this sentence were changed elsewhere (now version "
                    + version + "); reload and try again.");
        }
        if (current.isPresent() && current.get().labels().equals(canonical)) {
            return new FinalLabels(canonical, version);
        }
        return new FinalLabels(canonical, reviews.upsertFinal(sentenceId, canonical, actor.id()));
    }

    @Transactional
    public void comment(AppUser actor, long articleId, long sentenceId, String body) {
        var project = reviewerProject(actor, articleId);
        requireSentenceOf(actor, articleId, sentenceId);
        var text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException("comment", "A comment has 1 to 2000 characters.");
        }
        holdFor(actor, articleId, project);
        reviews.addComment(sentenceId, actor.id(), text);
    }

    /** Approves the article; every sentence needs final labels first. */
    @Transactional
    public void approve(AppUser actor, long articleId) {
        var project = reviewerProject(actor, articleId);
        holdFor(actor, articleId, project);
        var finals = reviews.finals(articleId);
        var missing = articles.get(actor, articleId).sentences().stream()
                .filter(sentence -> !finals.containsKey(sentence.id()))
                .count();
        if (missing > 0) {
            throw new ConflictException(missing + (missing == 1 ? " sentence has" : " sentences have")
                    + " no final labels yet; decide every sentence before approving.");
        }
        workflow.apply(articleId, ArticleTransition.APPROVE, actor.id(), null);
    }

    /** Sends the article back to its curators; the comment tells them why. */
    @Transactional
    public void reject(AppUser actor, long articleId, String comment) {
        var text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException(
                    "comment", "A rejection needs a comment (1 to 2000 characters) for the curators.");
        }
        var project = reviewerProject(actor, articleId);
        holdFor(actor, articleId, project);
        // The curators get their slots back through ArticleRejected, in this transaction.
        workflow.apply(articleId, ArticleTransition.REJECT, actor.id(), text);
    }

    /**
     * Sends an approved article back to review so a reviewer can correct it; managers only, with a
     * reason, which its history records. Its final labels stay for editing; once approved again, the
     * next export shows its rows as changed, while earlier exports keep what they held.
     */
    @Transactional
    public void returnToReview(AppUser actor, long articleId, String reason) {
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException(
                    "reason", "Say why the article goes back to review (1 to 2000 characters).");
        }
        projects.requireRole(actor, articles.projectOf(actor, articleId), ProjectRole.MANAGER);
        workflow.apply(articleId, ArticleTransition.RETURN_TO_REVIEW, actor.id(), text);
    }

    /**
     * The article's moves with who, when and why, oldest first; for reviewers and managers, as the
     * review sheet: it names the curators, so never for one of them while their part can change.
     */
    @Transactional(readOnly = true)
    public List<ArticleWorkflow.StateChange> history(AppUser actor, long articleId) {
        projects.requireRole(actor, articles.projectOf(actor, articleId), ProjectRole.REVIEWER, ProjectRole.MANAGER);
        annotations.requireOthersVisible(actor, articleId);
        return workflow.history(actor, articleId);
    }

    /**
     * Approves a freshly imported article whose labels came with it (a labelled dataset imported
     * back): the labels become the final labels of its sentences. The approval keeps the provenance
     * the dataset carries: no reviewer here approved it, so none is recorded, and its time is the
     * dataset's approval time when given; the history says the manager imported it. Runs inside the
     * import's transaction, so an article is stored labelled or not at all.
     *
     * @param approvedAt when the dataset says the article was approved, if it says
     * @param provenance what the history records about the original approval
     */
    @Transactional
    public void approveImported(
            AppUser actor,
            long articleId,
            Map<Long, List<String>> labelsBySentence,
            @Nullable Instant approvedAt,
            String provenance) {
        var project = projects.requireRole(actor, articles.projectOf(actor, articleId), ProjectRole.MANAGER);
        labelsBySentence.forEach(
                (sentenceId, labels) -> reviews.upsertFinal(sentenceId, project.canonicalLabels(labels), actor.id()));
        workflow.approveImported(articleId, actor.id(), approvedAt, provenance);
    }

    /** Makes sure the actor holds the review, starting it if the article is waiting for one. */
    private ReviewHold holdFor(AppUser actor, long articleId, Project project) {
        var hold = workflow.lock(articleId);
        if (hold.state() == ArticleState.ANNOTATED) {
            if (annotations.hasWorkedOn(actor, articleId)) {
                throw new ForbiddenException("You annotated this article, so another reviewer must review it.");
            }
            workflow.apply(articleId, ArticleTransition.START_REVIEW, actor.id(), null);
            prefillUnanimous(actor, articleId);
            return workflow.lock(articleId);
        }
        if (hold.state() != ArticleState.IN_REVIEW) {
            throw new ConflictException(
                    "The article is " + hold.state().displayName() + "; it is not open for review.");
        }
        // Returned for a correction, it waits for any reviewer; the same four eyes apply.
        if (hold.reviewerId() == null) {
            if (annotations.hasWorkedOn(actor, articleId)) {
                throw new ForbiddenException("You annotated this article, so another reviewer must review it.");
            }
            workflow.holdReview(articleId, actor.id());
            hold = workflow.lock(articleId);
        }
        if (hold.reviewerId() == null || hold.reviewerId() != actor.id()) {
            if (annotations.hasWorkedOn(actor, articleId)) {
                throw new ForbiddenException("You annotated this article, so another reviewer must review it.");
            }
            throw new ConflictException(hold.reviewerName() + " is reviewing this article; your change was not saved.");
        }
        return hold;
    }

    private void prefillUnanimous(AppUser actor, long articleId) {
        annotations.submittedDecisions(actor, articleId).forEach((sentenceId, byUser) -> {
            if (byUser.size() >= 2 && agreed(byUser.values())) {
                reviews.insertFinalIfAbsent(
                        sentenceId, byUser.values().iterator().next(), actor.id());
            }
        });
    }

    private boolean manages(AppUser actor, long projectId) {
        return actor.admin() || projects.rolesOf(actor, projectId).contains(ProjectRole.MANAGER);
    }

    /** Every review write may store label keys (final labels, or the curators' on starting). */
    private Project reviewerProject(AppUser actor, long articleId) {
        var projectId = articles.projectOf(actor, articleId);
        return projects.requireRoleToLabel(actor, projectId, ProjectRole.REVIEWER);
    }

    private void requireSentenceOf(AppUser actor, long articleId, long sentenceId) {
        var ref = articles.sentenceRef(sentenceId);
        if (ref.isEmpty() || ref.get().articleId() != articleId) {
            throw new NotFoundException("Sentence " + sentenceId + " is not part of article " + articleId + ".");
        }
    }

    static boolean agreed(Collection<List<String>> labelSets) {
        return !labelSets.isEmpty() && new HashSet<>(labelSets).size() == 1;
    }
}
