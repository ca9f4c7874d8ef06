package dev.tagbench.annotation;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.SentenceRef;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions behind {@link AnnotationService}'s label writes. A bean of its own so that the
 * service can time each write from outside its transaction, commit included.
 */
@Service
class LabelWriter {

    private final AnnotationRepository annotations;
    private final HistoryRepository history;
    private final ArticleService articles;
    private final ProjectService projects;
    private final AssignmentService assignments;

    LabelWriter(
            AnnotationRepository annotations,
            HistoryRepository history,
            ArticleService articles,
            ProjectService projects,
            AssignmentService assignments) {
        this.annotations = annotations;
        this.history = history;
        this.articles = articles;
        this.projects = projects;
        this.assignments = assignments;
    }

    @Transactional
    SentenceLabels setLabels(
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
                history.appendHistory(sentenceId, actor.id(), actor.id(), null, canonical, source);
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
        history.appendHistory(sentenceId, actor.id(), actor.id(), stored.labels(), canonical, source);
        return new SentenceLabels(sentenceId, canonical, version);
    }

    @Transactional
    SentenceLabels withdraw(AppUser actor, long sentenceId, int expectedVersion, ChangeSource source) {
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
        history.appendHistory(sentenceId, actor.id(), actor.id(), current.get().labels(), null, source);
        return SentenceLabels.undecided(sentenceId);
    }

    /** Holds off splits and merges of the sentence while its labels change. */
    private void lockSentence(long sentenceId) {
        if (!annotations.lockSentence(sentenceId)) {
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
