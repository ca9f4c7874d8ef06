package dev.tagbench.annotation;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.SentenceRef;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    private final AnnotationRepository annotations;
    private final ArticleService articles;
    private final ProjectService projects;
    private final AssignmentService assignments;
    private final Timer writes;

    AnnotationService(
            AnnotationRepository annotations,
            ArticleService articles,
            ProjectService projects,
            AssignmentService assignments,
            MeterRegistry meters) {
        this.writes = Timer.builder("tagbench.label.writes")
                .description("Label writes of curators (UI and API)")
                .register(meters);
        this.annotations = annotations;
        this.articles = articles;
        this.projects = projects;
        this.assignments = assignments;
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
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, List<String>>> submittedDecisions(AppUser actor, long articleId) {
        var projectId = articles.projectOf(actor, articleId);
        projects.requireRole(actor, projectId, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        return annotations.submittedDecisions(articleId);
    }

    /**
     * Streams, sentence by sentence, the decisions of curators who submitted, for sentences at least
     * two of them submitted: the input of agreement figures. Reviewers and managers only.
     */
    @Transactional(readOnly = true)
    public void forEachSubmittedSentence(
            AppUser actor,
            long projectId,
            @Nullable Collection<Long> articleIds,
            BiConsumer<Long, Map<String, List<String>>> consumer) {
        projects.requireRole(actor, projectId, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        annotations.forEachSubmittedSentence(projectId, articleIds, consumer);
    }

    /** Decided sentences per curator, and how often each label was chosen: the dashboard's figures. */
    @Transactional(readOnly = true)
    public CurationProgress progress(AppUser actor, long projectId) {
        projects.requireRole(actor, projectId, ProjectRole.REVIEWER, ProjectRole.MANAGER);
        return new CurationProgress(annotations.decidedPerCurator(projectId), annotations.labelCounts(projectId));
    }

    /** Whether the user has labelled or held a slot on the article (four eyes: they may not review it). */
    @Transactional(readOnly = true)
    public boolean hasWorkedOn(long userId, long articleId) {
        return annotations.hasWorkedOn(userId, articleId);
    }

    /** How many sentences of each article the actor has decided. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> decidedCounts(AppUser actor, Collection<Long> articleIds) {
        return annotations.decidedCounts(actor.id(), articleIds);
    }

    /**
     * Sets the actor's labels on a sentence.
     *
     * @param labels          label keys of the sentence's project; empty means "no label"
     * @param expectedVersion the version the caller last saw (0: undecided), or null to overwrite
     *                        whatever is stored
     * @throws StaleLabelsException  when {@code expectedVersion} is not the stored version
     * @throws InvalidInputException when a key is not in the project's schema
     */
    @Transactional
    public SentenceLabels setLabels(
            AppUser actor,
            long sentenceId,
            Collection<String> labels,
            @Nullable Integer expectedVersion,
            ChangeSource source) {
        var started = System.nanoTime();
        try {
            return write(actor, sentenceId, labels, expectedVersion, source);
        } finally {
            writes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private SentenceLabels write(
            AppUser actor,
            long sentenceId,
            Collection<String> labels,
            @Nullable Integer expectedVersion,
            ChangeSource source) {
        var ref = sentence(sentenceId);
        var project = annotatorProject(actor, ref);
        var canonical = project.canonicalLabels(labels);
        // Article before sentence, the order splits and merges lock in too, so the two never deadlock.
        assignments.ensureWorking(actor, ref.articleId(), project);
        lockSentence(sentenceId);
        var current = annotations.lock(sentenceId, actor.id());
        if (current.isEmpty()) {
            requireVersion(SentenceLabels.undecided(sentenceId), expectedVersion);
            var inserted = annotations.insertIfAbsent(sentenceId, actor.id(), canonical);
            if (inserted.isPresent()) {
                annotations.appendHistory(sentenceId, actor.id(), actor.id(), null, canonical, source);
                return new SentenceLabels(sentenceId, canonical, inserted.get());
            }
            // Another request of the same curator inserted first and has committed: continue from its row.
            current = annotations.lock(sentenceId, actor.id());
        }
        var stored = current.orElseThrow();
        requireVersion(stored, expectedVersion);
        if (stored.labels().equals(canonical)) {
            return stored;
        }
        var version = annotations.update(sentenceId, actor.id(), canonical);
        annotations.appendHistory(sentenceId, actor.id(), actor.id(), stored.labels(), canonical, source);
        return new SentenceLabels(sentenceId, canonical, version);
    }

    /**
     * Takes back the actor's decision on a sentence, so it counts as not done again (undo of a first
     * decision). The removal is recorded in the history.
     */
    @Transactional
    public SentenceLabels withdraw(AppUser actor, long sentenceId, int expectedVersion) {
        var ref = sentence(sentenceId);
        var project = annotatorProject(actor, ref);
        assignments.ensureWorking(actor, ref.articleId(), project);
        lockSentence(sentenceId);
        var current = annotations.lock(sentenceId, actor.id());
        if (current.isEmpty()) {
            return SentenceLabels.undecided(sentenceId);
        }
        requireVersion(current.get(), expectedVersion);
        annotations.delete(sentenceId, actor.id());
        annotations.appendHistory(
                sentenceId, actor.id(), actor.id(), current.get().labels(), null, ChangeSource.UNDO);
        return SentenceLabels.undecided(sentenceId);
    }

    /** Holds off splits and merges of the sentence while its labels change. */
    private void lockSentence(long sentenceId) {
        if (!annotations.shareSentence(sentenceId)) {
            throw new NotFoundException("Sentence " + sentenceId + " no longer exists; it was merged into another.");
        }
    }

    private SentenceRef sentence(long sentenceId) {
        return articles.sentenceRef(sentenceId)
                .orElseThrow(() -> new NotFoundException("Sentence " + sentenceId + " does not exist."));
    }

    private Project annotatorProject(AppUser actor, SentenceRef ref) {
        try {
            return projects.requireRoleToLabel(actor, ref.projectId(), ProjectRole.ANNOTATOR);
        } catch (NotFoundException e) {
            throw new NotFoundException("Sentence " + ref.sentenceId() + " does not exist.");
        }
    }

    private static void requireVersion(SentenceLabels stored, @Nullable Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new StaleLabelsException(stored);
        }
    }
}
