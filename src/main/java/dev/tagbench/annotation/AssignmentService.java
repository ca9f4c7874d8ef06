package dev.tagbench.annotation;

import dev.tagbench.article.ArticleRejected;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleState;
import dev.tagbench.article.ArticleTransition;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.Counted;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands articles to curators and tracks their part: a curator takes a slot with "Next article" (or
 * by labelling an article that still has one), submits when every sentence is decided, and may
 * reopen until review starts. An article needs the project's "curators per article" submissions
 * to be ready for review. Slots idle for too long go back to the pool ({@link AbandonedSlots}).
 */
@Service
public class AssignmentService {

    /** How often, and how long apart, Next article asks again while another curator holds the free slots. */
    private static final int BUSY_RETRIES = 40;

    private static final Duration BUSY_PAUSE = Duration.ofMillis(25);

    private final AssignmentRepository assignments;
    private final AnnotationRepository annotations;
    private final ArticleWorkflow workflow;
    private final ArticleService articles;
    private final ProjectService projects;
    private final UserService users;
    private final ObjectProvider<ArticlePriority> priorities;

    AssignmentService(
            AssignmentRepository assignments,
            AnnotationRepository annotations,
            ArticleWorkflow workflow,
            ArticleService articles,
            ProjectService projects,
            UserService users,
            ObjectProvider<ArticlePriority> priorities) {
        this.assignments = assignments;
        this.annotations = annotations;
        this.workflow = workflow;
        this.articles = articles;
        this.projects = projects;
        this.users = users;
        this.priorities = priorities;
    }

    /**
     * The curator's next article: their unfinished one if they have one, else a new slot on the
     * article that most needs a curator, or, where an {@link ArticlePriority} prefers articles (active
     * learning), on the first of those. Empty when nothing is left.
     */
    @Transactional
    public Optional<Long> nextArticle(AppUser actor, long projectId) {
        var project = projects.requireRole(actor, projectId, ProjectRole.ANNOTATOR);
        project.requireActive();
        var open = assignments.openArticle(projectId, actor.id());
        if (open.isPresent()) {
            return open;
        }
        // The row lock comes from a query whose counts were read before it waited; once locked,
        // count again with a fresh statement, so a slot taken by a concurrent request is never handed out twice.
        var passedOver = new ArrayList<Long>();
        var preferred = priorities
                .orderedStream()
                .map(priority -> priority.preferred(projectId))
                .filter(ids -> !ids.isEmpty())
                .findFirst()
                .orElse(List.of());
        var busyRetries = 0;
        while (true) {
            var next =
                    assignments.claimNext(projectId, actor.id(), project.annotatorsPerArticle(), passedOver, preferred);
            if (next.isEmpty()) {
                // Nothing unlocked; if a free slot exists, another curator is claiming that article right
                // now and will be done in moments: ask again rather than say there is no work.
                if (busyRetries++ < BUSY_RETRIES
                        && assignments.hasFreeSlot(projectId, actor.id(), project.annotatorsPerArticle(), passedOver)) {
                    pause();
                    continue;
                }
                return next;
            }
            var articleId = next.get();
            if (assignments.status(articleId, actor.id()).isEmpty()
                    && assignments.count(articleId) < project.annotatorsPerArticle()) {
                take(articleId, actor.id(), actor.id());
                return next;
            }
            passedOver.add(articleId);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(BUSY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a free article", e);
        }
    }

    /** Marks the curator's annotation of the article as done; every sentence needs a decision. */
    @Transactional
    public AssignmentStatus submit(AppUser actor, long articleId) {
        var project = curatorProject(actor, articleId);
        var hold = workflow.lock(articleId);
        var status = assignments
                .status(articleId, actor.id())
                .orElseThrow(() ->
                        new ConflictException("You have not labelled this article, so there is nothing to submit."));
        if (status == AssignmentStatus.SUBMITTED) {
            return status;
        }
        if (hold.state() == ArticleState.REJECTED) {
            workflow.apply(articleId, ArticleTransition.RESUME, actor.id(), null);
        } else if (hold.state() != ArticleState.IN_PROGRESS) {
            throw new ConflictException(
                    "The article is " + hold.state().displayName() + "; it cannot take a submission.");
        }
        var open = annotations.undecided(articleId, actor.id());
        if (open > 0) {
            throw new ConflictException(open + (open == 1 ? " sentence has" : " sentences have")
                    + " no decision yet; label them or mark them as having no label (0) first.");
        }
        assignments.setStatus(articleId, actor.id(), AssignmentStatus.SUBMITTED);
        workflow.submitted(articleId, actor, assignments.submitted(articleId) >= project.annotatorsPerArticle());
        return AssignmentStatus.SUBMITTED;
    }

    /** Takes a submission back, possible until review starts. */
    @Transactional
    public AssignmentStatus reopen(AppUser actor, long articleId) {
        curatorProject(actor, articleId);
        var hold = workflow.lock(articleId);
        var status = assignments
                .status(articleId, actor.id())
                .orElseThrow(() -> new ConflictException("You have no submission on this article."));
        if (status == AssignmentStatus.ASSIGNED) {
            return status;
        }
        if (hold.state() == ArticleState.ANNOTATED) {
            workflow.apply(articleId, ArticleTransition.REOPEN, actor.id(), null);
        } else if (hold.state() != ArticleState.IN_PROGRESS) {
            throw new ConflictException("Review has started, so the submission can no longer be reopened.");
        }
        assignments.setStatus(articleId, actor.id(), AssignmentStatus.ASSIGNED);
        return AssignmentStatus.ASSIGNED;
    }

    /** A manager gives a curator a slot on an article by hand. */
    @Transactional
    public void assign(AppUser actor, long articleId, String username) {
        var project = managerProject(actor, articleId);
        var curator = users.findByUsername(actor, username)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
        if (!projects.rolesOf(curator, project.id()).contains(ProjectRole.ANNOTATOR)) {
            throw new ConflictException(username + " is not a curator in this project.");
        }
        var hold = workflow.lock(articleId);
        if (assignments.status(articleId, curator.id()).isPresent()) {
            return;
        }
        requireOpenSlot(project, hold.state(), articleId);
        take(articleId, curator.id(), actor.id());
    }

    /** A manager takes an unsubmitted slot away. */
    @Transactional
    public void unassign(AppUser actor, long articleId, String username) {
        managerProject(actor, articleId);
        var curator = users.findByUsername(actor, username)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
        workflow.lock(articleId);
        if (!assignments.delete(articleId, curator.id())) {
            throw new ConflictException(username + " holds no unsubmitted slot on this article.");
        }
    }

    /**
     * Who works on the article: managers and reviewers see it, curators only in open projects. In a
     * blind project a manager or reviewer who curates the article sees only their own slot while
     * their labels can still change, as a curator does.
     */
    @Transactional(readOnly = true)
    public List<Assignment> assignments(AppUser actor, long articleId) {
        var project = projects.get(actor, articles.projectOf(actor, articleId));
        var roles = projects.rolesOf(actor, project.id());
        var privileged = actor.admin() || roles.contains(ProjectRole.MANAGER) || roles.contains(ProjectRole.REVIEWER);
        if (project.blind() && (!privileged || annotations.ownPartOpen(project.id(), articleId, actor.id()))) {
            return assignments.forArticle(articleId).stream()
                    .filter(a -> a.userId() == actor.id())
                    .toList();
        }
        return assignments.forArticle(articleId);
    }

    /** The actor's own slot on the article, if any; for members of its project. */
    @Transactional(readOnly = true)
    public Optional<AssignmentStatus> statusOf(AppUser actor, long articleId) {
        articles.projectOf(actor, articleId);
        return assignments.status(articleId, actor.id());
    }

    /** The actor's own slot on each of the articles they hold one on. */
    @Transactional(readOnly = true)
    public Map<Long, AssignmentStatus> statusesOf(AppUser actor, Collection<Long> articleIds) {
        return assignments.statuses(actor.id(), articleIds);
    }

    /**
     * Makes sure the curator may change labels on the article now, taking a free slot on their
     * first label. Runs inside the label write's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void ensureWorking(AppUser actor, long articleId, Project project) {
        var status = assignments.touch(articleId, actor.id());
        if (status.isPresent()) {
            if (status.get() == AssignmentStatus.SUBMITTED) {
                throw new ConflictException("You submitted this article; reopen it to change your labels.");
            }
            var state = workflow.current(articleId).state();
            if (state == ArticleState.REJECTED) {
                if (workflow.lock(articleId).state() == ArticleState.REJECTED) {
                    workflow.apply(articleId, ArticleTransition.RESUME, actor.id(), null);
                }
            } else if (state != ArticleState.IN_PROGRESS && state != ArticleState.NEW) {
                throw new ConflictException("The article is " + state.displayName() + "; labels can no longer change.");
            }
            return;
        }
        var hold = workflow.lock(articleId);
        if (assignments.status(articleId, actor.id()).isPresent()) {
            return;
        }
        requireOpenSlot(project, hold.state(), articleId);
        take(articleId, actor.id(), actor.id());
    }

    /** Sends a rejected article's submissions back to their curators, in the rejecting transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void returnToCurators(ArticleRejected rejected) {
        assignments.reopenAll(rejected.articleId());
    }

    private void requireOpenSlot(Project project, ArticleState state, long articleId) {
        project.requireActive();
        if (!Set.of(ArticleState.NEW, ArticleState.IN_PROGRESS).contains(state)) {
            throw new ConflictException("The article is " + state.displayName() + "; it takes no new curators.");
        }
        if (assignments.count(articleId) >= project.annotatorsPerArticle()) {
            throw new ConflictException(
                    "This article already has its " + Counted.of(project.annotatorsPerArticle(), "curator") + ".");
        }
    }

    private void take(long articleId, long userId, long assignedBy) {
        assignments.insert(articleId, userId, assignedBy);
        if (workflow.lock(articleId).state() == ArticleState.NEW) {
            workflow.apply(articleId, ArticleTransition.START, assignedBy, null);
        }
    }

    private Project curatorProject(AppUser actor, long articleId) {
        return projects.requireRole(actor, articles.projectOf(actor, articleId), ProjectRole.ANNOTATOR);
    }

    private Project managerProject(AppUser actor, long articleId) {
        var projectId = articles.projectOf(actor, articleId);
        try {
            return projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        } catch (ForbiddenException e) {
            throw new ForbiddenException("Only managers assign articles.");
        }
    }
}
