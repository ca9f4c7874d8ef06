package dev.tagbench.search;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.extension.ExtensionRegistry;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.suggest.LabelSuggester;
import dev.tagbench.suggest.SentenceVectors;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Finds sentences in a project by words, filters and meaning, for any member within what
 * {@link dev.tagbench.annotation.LabelScopes} lets them see; managers turn a search into suggestions.
 * Not transactional itself: the vector of a {@code similarTo} sentence may have to be computed and
 * stored first, which holds no transaction; {@link SentenceSearch} runs the reads.
 */
@Service
public class SearchService {

    /** The disagreement filter's value for "on any label". */
    public static final String ANY_LABEL = "any";

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    /** How far paging reaches: page × size + size. */
    public static final int MAX_REACH = 10_000;

    /** The most sentences one search may turn into suggestions. */
    public static final int MAX_BULK = 5_000;

    /** The least score of a suggestion filter when none is given. */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    /** The longest search text. */
    public static final int MAX_QUERY = 500;

    private final SentenceSearch search;
    private final ExtensionRegistry<LabelSuggester> suggesters;
    private final SentenceVectors vectors;

    SearchService(SentenceSearch search, ExtensionRegistry<LabelSuggester> suggesters, SentenceVectors vectors) {
        this.search = search;
        this.suggesters = suggesters;
        this.vectors = vectors;
    }

    /** A page of the sentences the request finds. */
    public SearchHit.Page search(AppUser actor, long projectId, SearchRequest request) {
        var similarTo = request.similarTo();
        if (similarTo == null) {
            return search.find(actor, projectId, request, null, null);
        }
        var text = search.similarSource(actor, projectId, request, similarTo);
        var encoder = suggesters.all().stream()
                .map(LabelSuggester::encoder)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "similarTo",
                        "No suggester that embeds sentences is enabled, so Tagbench cannot compare meanings."));
        // Stored once per text and model; computed here (no transaction held) if the sentence is new.
        var vector = vectors.of(List.of(text), encoder).getFirst();
        return search.find(actor, projectId, request, vector, encoder.modelVersion());
    }

    /** Turns the request's hits into suggestions of the label; managers only. */
    public BulkSuggestions suggest(AppUser actor, long projectId, SearchRequest request, String labelKey) {
        return search.suggest(actor, projectId, request, labelKey);
    }

    /** Checks what needs no database: page bounds, label keys against the schema, dates. */
    static void checkShape(Project project, SearchRequest request) {
        if (request.size() < 1 || request.size() > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "A page holds 1 to " + MAX_PAGE_SIZE + " sentences.");
        }
        if (request.page() < 0 || (long) (request.page() + 1) * request.size() > MAX_REACH) {
            throw new InvalidInputException(
                    "page", "Pages start at 0 and reach the first " + MAX_REACH + " hits; narrow the search.");
        }
        if (request.q() != null && request.q().length() > MAX_QUERY) {
            throw new InvalidInputException("q", "A search has at most " + MAX_QUERY + " characters.");
        }
        if (request.label() != null) {
            requireLabel(project, "label", request.label());
        }
        if (request.suggestion() != null) {
            requireLabel(project, "suggestion", request.suggestion());
        }
        if (request.disagreement() != null && !request.disagreement().equals(ANY_LABEL)) {
            requireLabel(project, "disagreement", request.disagreement());
        }
        if (request.minScore() != null && !(request.minScore() >= 0 && request.minScore() <= 1)) {
            throw new InvalidInputException("minScore", "A score is between 0 and 1.");
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new InvalidInputException("from", "The first day comes after the last.");
        }
    }

    static void requireLabel(Project project, String field, String key) {
        if (project.label(key).isEmpty()) {
            throw new InvalidInputException(
                    field,
                    "There is no label '" + key + "' in this project; its labels are "
                            + project.labels().stream().map(Label::key).toList() + ".");
        }
    }
}
