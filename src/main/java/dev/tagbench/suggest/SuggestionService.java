package dev.tagbench.suggest;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.annotation.StaleLabelsException;
import dev.tagbench.article.Article;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.Sentence;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Suggestions for the workbench and review, and accepting them. Managers and reviewers of the
 * article's project always see them; a curator only on an article they hold, and only where the
 * project shows suggestions to curators. Suggestions come from rules and from models trained on
 * approved sentences only, so they never carry another curator's unreviewed labels. Accepting
 * writes the curator's own labels through {@link AnnotationService}, recorded with the source
 * {@link ChangeSource#SUGGESTION}.
 *
 * <p>Not transactional: suggesters run on worker threads under a time limit, and no database
 * transaction is held open while they do.
 */
@Service
public class SuggestionService {

    /** How an acceptance of all suggestions in an article went. */
    public record AcceptedAll(long articleId, int accepted, int skipped) {}

    private final ArticleService articles;
    private final ProjectService projects;
    private final AssignmentService assignments;
    private final AnnotationService annotations;
    private final SuggestionSettingsService settings;
    private final SuggestionEngine engine;
    private final SuggestionRecords log;

    SuggestionService(
            ArticleService articles,
            ProjectService projects,
            AssignmentService assignments,
            AnnotationService annotations,
            SuggestionSettingsService settings,
            SuggestionEngine engine,
            SuggestionRecords log) {
        this.articles = articles;
        this.projects = projects;
        this.assignments = assignments;
        this.annotations = annotations;
        this.settings = settings;
        this.engine = engine;
        this.log = log;
    }

    /**
     * Whether the actor may see suggestions on the article: always as a manager or reviewer of its
     * project, as a curator only on an article they hold in a project that shows them to curators.
     */
    public boolean maySee(AppUser actor, long articleId) {
        try {
            access(actor, articleId);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /**
     * The suggestions at or above the project's threshold for each sentence of the article that has
     * any, highest score first. Shown to a curator, they are recorded with their model version.
     *
     * @throws ForbiddenException when the actor may not see them (see {@link #maySee})
     */
    public List<SentenceSuggestions> forArticle(AppUser actor, long articleId) {
        var access = access(actor, articleId);
        var shown = suggest(access, sentence -> true);
        if (access.curator()) {
            log.shown(actor.id(), shown);
        }
        return shown;
    }

    /**
     * Accepts the suggestions of one sentence: the curator's labels become their current labels plus
     * the suggested ones; nothing is removed. A sentence without suggestions keeps its labels.
     *
     * @param expectedVersion the version of the curator's labels the caller last saw, or null
     */
    public SentenceLabels acceptSentence(AppUser actor, long sentenceId, @Nullable Integer expectedVersion) {
        var ref = articles.sentenceRef(actor, sentenceId);
        var access = curatorAccess(actor, ref.articleId());
        var current = current(actor, ref.articleId(), sentenceId);
        var suggested = suggest(access, sentence -> sentence.id() == sentenceId);
        if (suggested.isEmpty()) {
            return current;
        }
        var labels = new LinkedHashSet<>(current.labels());
        suggested.getFirst().labels().forEach(label -> labels.add(label.key()));
        var written = annotations.setLabels(actor, sentenceId, labels, expectedVersion, ChangeSource.SUGGESTION);
        log.accepted(actor.id(), List.of(sentenceId));
        return written;
    }

    /**
     * Accepts every suggestion in the article on the sentences the curator has not decided yet;
     * decided sentences are never changed, and sentences without suggestions stay undecided. Each
     * sentence is written on its own, so one the curator decided meanwhile (elsewhere) is skipped.
     */
    public AcceptedAll acceptAll(AppUser actor, long articleId) {
        var access = curatorAccess(actor, articleId);
        var decided = new LinkedHashSet<Long>();
        annotations.labelsOf(actor, articleId).stream()
                .filter(SentenceLabels::decided)
                .forEach(labels -> decided.add(labels.sentenceId()));
        var accepted = new ArrayList<Long>();
        var skipped = 0;
        for (var sentence : suggest(access, sentence -> !decided.contains(sentence.id()))) {
            var keys = sentence.labels().stream()
                    .map(SentenceSuggestions.LabelSuggestion::key)
                    .distinct()
                    .toList();
            try {
                annotations.setLabels(actor, sentence.sentenceId(), keys, 0, ChangeSource.SUGGESTION);
                accepted.add(sentence.sentenceId());
            } catch (StaleLabelsException e) {
                skipped++;
            }
        }
        if (!accepted.isEmpty()) {
            log.accepted(actor.id(), accepted);
        }
        return new AcceptedAll(articleId, accepted.size(), skipped);
    }

    /** Who is asking, about what. */
    private record Access(Project project, Article article, boolean curator, double threshold) {}

    /** Accepting writes a curator's own labels: only curators of the project accept. */
    private Access curatorAccess(AppUser actor, long articleId) {
        var access = access(actor, articleId);
        projects.requireRole(actor, access.project().id(), ProjectRole.ANNOTATOR);
        return access;
    }

    private Access access(AppUser actor, long articleId) {
        var article = articles.get(actor, articleId);
        var project = projects.get(actor, article.projectId());
        var roles = projects.rolesOf(actor, project.id());
        var holds = assignments.statusOf(actor, articleId).isPresent();
        var resolved = settings.resolve(project);
        if (actor.admin() || roles.contains(ProjectRole.MANAGER) || roles.contains(ProjectRole.REVIEWER)) {
            return new Access(project, article, holds && roles.contains(ProjectRole.ANNOTATOR), resolved.threshold());
        }
        if (!holds) {
            throw new ForbiddenException("Suggestions are shown to the curators who hold the article.");
        }
        if (!resolved.curatorsSee()) {
            throw new ForbiddenException(
                    "Curators do not see suggestions in this project. " + resolved.curatorsSeeReason());
        }
        return new Access(project, article, true, resolved.threshold());
    }

    private List<SentenceSuggestions> suggest(Access access, Predicate<Sentence> which) {
        var sentences = access.article().sentences().stream()
                .filter(which)
                .map(sentence -> new SentenceToLabel(sentence.id(), sentence.cleanText()))
                .toList();
        var result = new ArrayList<SentenceSuggestions>();
        engine.scores(access.project(), sentences).forEach((sentenceId, scores) -> {
            var shown = scores.stream()
                    .filter(score -> score.score() >= access.threshold())
                    .toList();
            if (!shown.isEmpty()) {
                result.add(new SentenceSuggestions(sentenceId, shown));
            }
        });
        return result;
    }

    private SentenceLabels current(AppUser actor, long articleId, long sentenceId) {
        return annotations.labelsOf(actor, articleId).stream()
                .filter(labels -> labels.sentenceId() == sentenceId)
                .findFirst()
                .orElse(SentenceLabels.undecided(sentenceId));
    }
}
