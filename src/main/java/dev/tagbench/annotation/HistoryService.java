package dev.tagbench.annotation;

import dev.tagbench.article.ArticleService;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded changes made visible: per sentence, per article and, for managers, the project's
 * latest. Each viewer sees what {@link LabelScopes} lets them see of the labels: curators their own
 * (or, where the project is not blind, their fellow curators'), never the final labels of a review.
 */
@Service
public class HistoryService {

    /** The most entries an article's history or one page of the activity feed reaches back. */
    public static final int MAX_ENTRIES = 2000;

    /** The largest page of the activity feed. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final Comparator<HistoryEntry> OLDEST_FIRST = Comparator.comparing(HistoryEntry::at);

    private final HistoryRepository history;
    private final List<HistorySource> sources;
    private final LabelScopes scopes;
    private final ArticleService articles;
    private final ProjectService projects;

    HistoryService(
            HistoryRepository history,
            List<HistorySource> sources,
            LabelScopes scopes,
            ArticleService articles,
            ProjectService projects) {
        this.history = history;
        this.sources = sources;
        this.scopes = scopes;
        this.articles = articles;
        this.projects = projects;
    }

    /** A sentence's history, oldest first; also of a sentence since merged into its neighbour. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofSentence(AppUser actor, long sentenceId) {
        // A sentence merged away is gone, but its history is kept: its article is the merge's.
        var articleId = history.mergedAwayFrom(sentenceId)
                .orElseGet(() -> articles.sentenceRef(actor, sentenceId).articleId());
        var view = scopes.view(actor, articleId);
        var entries = new ArrayList<>(history.forSentence(articleId, sentenceId, onlyAnnotator(actor, view)));
        if (view == LabelView.ALL) {
            var title = articles.get(actor, articleId).title();
            sources.forEach(source -> entries.addAll(source.forSentences(articleId, title, List.of(sentenceId))));
        }
        entries.sort(OLDEST_FIRST);
        return entries;
    }

    /** An article's history, oldest first: its latest {@link #MAX_ENTRIES} changes. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofArticle(AppUser actor, long articleId) {
        var view = scopes.view(actor, articleId);
        var entries = new ArrayList<>(history.forArticle(articleId, onlyAnnotator(actor, view), MAX_ENTRIES));
        if (view == LabelView.ALL) {
            var article = articles.get(actor, articleId);
            var ids = article.sentences().stream().map(s -> s.id()).toList();
            sources.forEach(source -> entries.addAll(source.forSentences(articleId, article.title(), ids)));
        }
        entries.sort(OLDEST_FIRST);
        return entries.size() > MAX_ENTRIES ? entries.subList(entries.size() - MAX_ENTRIES, entries.size()) : entries;
    }

    /** A page of the project's latest changes, newest first; managers only. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> activity(AppUser actor, long projectId, int page, int size) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "Pages start at 0 and hold 1 to " + MAX_PAGE_SIZE + " entries.");
        }
        var reach = (page + 1) * size;
        if (reach > MAX_ENTRIES) {
            throw new InvalidInputException(
                    "page",
                    "The activity feed reaches back " + MAX_ENTRIES + " changes; open an article's history"
                            + " for older ones.");
        }
        var scope = scopes.of(actor, projectId);
        var entries = new ArrayList<>(history.latest(projectId, actor.id(), scope.ownOnly(), reach));
        sources.forEach(source -> source.latest(projectId, reach).stream()
                .filter(entry -> scope.view(entry.articleId()) == LabelView.ALL)
                .forEach(entries::add));
        entries.sort(OLDEST_FIRST.reversed());
        var from = Math.min(entries.size(), page * size);
        return List.copyOf(entries.subList(from, Math.min(entries.size(), reach)));
    }

    private static @Nullable Long onlyAnnotator(AppUser actor, LabelView view) {
        return view == LabelView.OWN ? actor.id() : null;
    }
}
