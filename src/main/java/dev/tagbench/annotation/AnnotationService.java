package dev.tagbench.annotation;

import dev.tagbench.article.ArticleService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curator's own labels. Every write locks the stored decision, refuses stale versions, skips
 * no-op writes (so repeating a request is harmless) and appends a history row in the same
 * transaction, so once a call returns the change and its history are durable together.
 */
@Service
public class AnnotationService {

    /** Why a curator of an article does not see its review or the other curators' labels. */
    public static final String CURATING_IT = "You are curating this article, so its review and the other curators'"
            + " labels stay hidden until its review starts.";

    private final AnnotationRepository annotations;
    private final ArticleService articles;
    private final ProjectService projects;
    private final LabelWriter writer;
    private final Timer writes;

    AnnotationService(
            AnnotationRepository annotations,
            ArticleService articles,
            ProjectService projects,
            LabelWriter writer,
            MeterRegistry meters) {
        this.writes = Timer.builder("tagbench.label.writes")
                .description("Label writes of curators (UI and API), commit included")
                .register(meters);
        this.annotations = annotations;
        this.articles = articles;
        this.projects = projects;
        this.writer = writer;
    }

    /** The actor's decisions on an article's sentences; undecided sentences are absent. */
    @Transactional(readOnly = true)
    public List<SentenceLabels> labelsOf(AppUser actor, long articleId) {
        articles.get(actor, articleId);
        return annotations.forArticle(articleId, actor.id());
    }

    /**
     * Each submitted curator's decisions on an article's sentences, by sentence id and username, for
     * reviewers and managers: curators never see each other's labels this way.
     *
     * @throws ForbiddenException when the actor's own labels on the article can still change
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, List<String>>> submittedDecisions(AppUser actor, long articleId) {
        requireOthersVisible(actor, articleId);
        return annotations.submittedDecisions(articleId);
    }

    /**
     * Makes sure the actor, a reviewer or manager of the article's project, may see what other
     * curators decided on it: nobody whose own part on the article can still change may, whatever
     * their roles and whether the project is blind or not. That part is open while their slot is
     * unsubmitted and, because a submission can be reopened, until review starts.
     *
     * @throws ForbiddenException when the actor lacks the role or their own part is open
     */
    @Transactional(readOnly = true)
    public void requireOthersVisible(AppUser actor, long articleId) {
        var projectId = articles.projectOf(actor, articleId);
        projects.requireRole(actor, projectId, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        if (annotations.ownPartOpen(projectId, articleId, actor.id())) {
            throw new ForbiddenException(CURATING_IT);
        }
    }

    /**
     * Streams, sentence by sentence, the decisions of curators who submitted, for sentences at least
     * two of them submitted: the input of agreement figures. Reviewers and managers only; articles
     * whose review and labels are hidden from the actor ({@link #requireOthersVisible}) are left out.
     */
    @Transactional(readOnly = true)
    public void forEachSubmittedSentence(
            AppUser actor,
            long projectId,
            @Nullable Collection<Long> articleIds,
            BiConsumer<Long, Map<String, List<String>>> consumer) {
        projects.requireRole(actor, projectId, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        annotations.forEachSubmittedSentence(projectId, actor.id(), articleIds, consumer);
    }

    /**
     * Decided sentences per curator, and how often each label was chosen: the dashboard's figures,
     * without the articles whose labels are hidden from the actor ({@link #requireOthersVisible}).
     */
    @Transactional(readOnly = true)
    public CurationProgress progress(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        return new CurationProgress(
                annotations.decidedPerCurator(projectId, actor.id()),
                annotations.labelCounts(projectId, actor.id()),
                annotations.ownPartsOpen(projectId, actor.id()));
    }

    /** Whether the actor has labelled or held a slot on the article (four eyes: they may not review it). */
    @Transactional(readOnly = true)
    public boolean hasWorkedOn(AppUser actor, long articleId) {
        articles.projectOf(actor, articleId);
        return annotations.hasWorkedOn(actor.id(), articleId);
    }

    /** How many sentences of each article the actor has decided. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> decidedCounts(AppUser actor, Collection<Long> articleIds) {
        return annotations.decidedCounts(actor.id(), articleIds);
    }

    /**
     * Sets the actor's labels on a sentence. The write is timed as a whole, commit included: the
     * transaction is {@link LabelWriter}'s, so it has ended when the timer stops.
     *
     * @param labels          label keys of the sentence's project; empty means "no label"
     * @param expectedVersion the version the caller last saw (0: undecided), or null to overwrite
     *                        whatever is stored
     * @throws StaleLabelsException  when {@code expectedVersion} is not the stored version
     * @throws InvalidInputException when a key is not in the project's schema
     */
    public SentenceLabels setLabels(
            AppUser actor,
            long sentenceId,
            Collection<String> labels,
            @Nullable Integer expectedVersion,
            ChangeSource source) {
        return writes.record(() -> writer.setLabels(actor, sentenceId, labels, expectedVersion, source));
    }

    /**
     * Takes back the actor's decision on a sentence, so it counts as not done again (undo of a first
     * decision). The removal is recorded in the history.
     */
    public SentenceLabels withdraw(AppUser actor, long sentenceId, int expectedVersion) {
        return withdraw(actor, sentenceId, expectedVersion, ChangeSource.UNDO);
    }

    /**
     * Takes back the actor's decision on a sentence for a reason other than undo, such as the
     * curator turning off the sentence's only label; the history records {@code source}.
     */
    public SentenceLabels withdraw(AppUser actor, long sentenceId, int expectedVersion, ChangeSource source) {
        return writer.withdraw(actor, sentenceId, expectedVersion, source);
    }
}
