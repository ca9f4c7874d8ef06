package dev.tagbench.search;

import dev.tagbench.annotation.LabelScope;
import dev.tagbench.annotation.LabelScopes;
import dev.tagbench.annotation.LabelView;
import dev.tagbench.article.ArticleState;
import dev.tagbench.base.DatabaseUnavailable;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The transactional steps of a search; {@link SearchService} runs them, embedding outside any transaction. */
@Service
public class SentenceSearch {

    private static final Set<ArticleState> REVIEWED =
            Set.of(ArticleState.ANNOTATED, ArticleState.IN_REVIEW, ArticleState.APPROVED);

    private final SearchRepository repository;
    private final SuggestionStore suggestions;
    private final LabelScopes scopes;
    private final ProjectService projects;

    SentenceSearch(
            SearchRepository repository, SuggestionStore suggestions, LabelScopes scopes, ProjectService projects) {
        this.repository = repository;
        this.suggestions = suggestions;
        this.scopes = scopes;
        this.projects = projects;
    }

    /** The text of the sentence to compare meanings with, once the request is checked. */
    @Transactional(readOnly = true)
    public String similarSource(AppUser actor, long projectId, SearchRequest request, long sentenceId) {
        var project = projects.get(actor, projectId);
        check(project, request);
        var scope = scopes.of(actor, projectId);
        var text = repository.textIn(projectId, sentenceId);
        var filter = SentenceFilter.of(projectId, SearchRequest.all(), scope);
        if (text == null
                || repository.rows(filter, List.of(sentenceId)).stream()
                        .noneMatch(row -> scope.view(row.articleId()) != null)) {
            throw new InvalidInputException(
                    "similarTo", "There is no sentence " + sentenceId + " in this project that you may see.");
        }
        return text;
    }

    /** A page of hits; with a query vector ranked by meaning against the stored vectors of the model. */
    @Transactional(readOnly = true)
    public SearchHit.Page find(
            AppUser actor, long projectId, SearchRequest request, float @Nullable [] vector, @Nullable String model) {
        var project = projects.get(actor, projectId);
        check(project, request);
        var scope = scopes.of(actor, projectId);
        var filter = SentenceFilter.of(projectId, request, scope);
        var offset = request.page() * request.size();
        if (vector != null && model != null && request.similarTo() != null) {
            var nearest = new NearestSentences(vector, offset + request.size());
            repository.vectors(filter, request.similarTo(), model, nearest::offer);
            var page = nearest.nearest().stream().skip(offset).toList();
            var rows = new HashMap<Long, SearchRepository.Row>();
            repository
                    .rows(
                            filter,
                            page.stream()
                                    .map(NearestSentences.Scored::sentenceId)
                                    .toList())
                    .forEach(row -> rows.put(row.sentenceId(), row));
            var ordered = page.stream()
                    .filter(scored -> rows.containsKey(scored.sentenceId()))
                    .map(scored -> withRank(rows.get(scored.sentenceId()), scored.similarity()))
                    .toList();
            return new SearchHit.Page(nearest.compared(), hits(project, scope, ordered), nearest.missing(), false);
        }
        var rows = repository.page(filter, request.sort() == SearchRequest.Sort.RELEVANCE, offset, request.size());
        // A page that is not full ends the hits: no count needed. Else counting stops past what paging reaches.
        var total = rows.size() < request.size() && (rows.size() > 0 || offset == 0)
                ? offset + rows.size()
                : repository.count(filter, SearchService.MAX_REACH + 1);
        return new SearchHit.Page(
                Math.min(total, SearchService.MAX_REACH),
                hits(project, scope, rows),
                null,
                total > SearchService.MAX_REACH);
    }

    /** Turns the search into suggestions of the label; managers only, and never more than a bound. */
    @Transactional
    public BulkSuggestions suggest(AppUser actor, long projectId, SearchRequest request, String labelKey) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        check(project, request);
        SearchService.requireLabel(project, "label", labelKey);
        if (request.similarTo() != null) {
            throw new InvalidInputException(
                    "similarTo", "Suggestions are made from words and filters; leave out similarTo.");
        }
        var filter = SentenceFilter.of(projectId, request, scopes.of(actor, projectId));
        var matching = repository.count(filter, SearchService.MAX_BULK + 1);
        if (matching > SearchService.MAX_BULK) {
            throw new InvalidInputException(
                    "q",
                    "This search finds more than " + SearchService.MAX_BULK
                            + " sentences; narrow it down before turning it into suggestions.");
        }
        var described = request.words() == null ? "filters" : request.words();
        return suggestions.store(filter, labelKey, described, projectId, actor.id());
    }

    /** Checks the words and filters against the project; PostgreSQL's own refusal becomes a 400 too. */
    private void check(Project project, SearchRequest request) {
        SearchService.checkShape(project, request);
        var words = request.words();
        if (words == null) {
            return;
        }
        int lexemes;
        try {
            lexemes = repository.lexemes(words);
        } catch (DataAccessException e) {
            if (DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            throw new InvalidInputException(
                    "q",
                    "Tagbench cannot read this search: "
                            + e.getMostSpecificCause().getMessage());
        }
        if (lexemes == 0) {
            throw new InvalidInputException(
                    "q", "The search has no words to look for (only very common words such as 'the', or signs).");
        }
    }

    private List<SearchHit> hits(Project project, LabelScope scope, Collection<SearchRepository.Row> rows) {
        var decisions = repository.decisions(
                rows.stream().map(SearchRepository.Row::sentenceId).toList());
        var hits = new ArrayList<SearchHit>();
        for (var row : rows) {
            var view = scope.view(row.articleId());
            var decided = decisions.get(row.sentenceId());
            var shown = new HashSet<String>();
            if (decided != null && view != null) {
                if (view == LabelView.ALL && row.state() == ArticleState.APPROVED && decided.finals() != null) {
                    shown.addAll(decided.finals());
                } else if (view == LabelView.OWN) {
                    shown.addAll(decided.byCurator().getOrDefault(scope.viewerId(), List.of()));
                } else {
                    decided.byCurator().values().forEach(shown::addAll);
                }
            }
            var route = view == LabelView.ALL && REVIEWED.contains(row.state()) ? "review/" : "articles/";
            hits.add(new SearchHit(
                    row.sentenceId(),
                    row.articleId(),
                    row.title(),
                    row.index(),
                    row.text(),
                    project.labels().stream()
                            .map(Label::key)
                            .filter(shown::contains)
                            .toList(),
                    row.state(),
                    fragments(row.headline()),
                    row.rank(),
                    route + row.articleId() + "?sentence=" + row.sentenceId()));
        }
        return hits;
    }

    private static SearchRepository.Row withRank(SearchRepository.Row row, double rank) {
        return new SearchRepository.Row(
                row.sentenceId(),
                row.articleId(),
                row.title(),
                row.index(),
                row.text(),
                row.state(),
                rank,
                row.headline());
    }

    /** Splits ts_headline's output at its markers into plain and matched pieces. */
    static List<SearchHit.Fragment> fragments(String headline) {
        var fragments = new ArrayList<SearchHit.Fragment>();
        var hit = false;
        var piece = new StringBuilder();
        for (var i = 0; i < headline.length(); i++) {
            var c = headline.charAt(i);
            if (c == SearchRepository.START || c == SearchRepository.STOP) {
                if (!piece.isEmpty()) {
                    fragments.add(new SearchHit.Fragment(piece.toString(), hit));
                    piece.setLength(0);
                }
                hit = c == SearchRepository.START;
            } else {
                piece.append(c);
            }
        }
        if (!piece.isEmpty()) {
            fragments.add(new SearchHit.Fragment(piece.toString(), hit));
        }
        return fragments;
    }
}
