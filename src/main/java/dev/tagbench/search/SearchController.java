package dev.tagbench.search;

import dev.tagbench.article.ArticleState;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search across a project's sentences, and a manager's search turned into suggestions. */
@RestController
@Tag(name = "Search")
@RequestMapping("/api/v1/projects/{projectId}/sentences")
class SearchController {

    private final SearchService search;
    private final CurrentUser currentUser;

    SearchController(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Find a project's sentences by words, filters or meaning")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "One page of hits.")
    @ApiResponse(
            responseCode = "400",
            description = "Words PostgreSQL cannot search for, a label not in the schema, a page out of bounds.")
    SearchHit.Page find(
            @PathVariable long projectId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable String curator,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String disagreement,
            @RequestParam(required = false) @Nullable String suggestion,
            @RequestParam(required = false) @Nullable Double minScore,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Long similarTo,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = new SearchBody(
                        q,
                        label,
                        curator,
                        state,
                        disagreement,
                        suggestion,
                        minScore,
                        from,
                        to,
                        similarTo,
                        sort,
                        page,
                        size,
                        null)
                .request();
        return search.search(currentUser.require(), projectId, request);
    }

    @PostMapping("/suggestions")
    @Operation(summary = "Turn a search into suggestions of a label for every sentence it finds")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Suggestions stored.")
    @ApiResponse(responseCode = "400", description = "No label, or a search finding more than 5,000 sentences.")
    BulkSuggestions suggest(@PathVariable long projectId, @RequestBody SearchBody body) {
        if (body.suggest() == null || body.suggest().isBlank()) {
            throw new InvalidInputException("suggest", "Name the label to suggest, e.g. \"suggest\": \"pledge\".");
        }
        return search.suggest(currentUser.require(), projectId, body.request(), body.suggest());
    }

    /** The search as sent; {@code suggest} is the label a manager turns it into suggestions of. */
    record SearchBody(
            @Nullable String q,
            @Nullable String label,
            @Nullable String curator,
            @Nullable String state,
            @Nullable String disagreement,
            @Nullable String suggestion,
            @Nullable Double minScore,
            @Nullable String from,
            @Nullable String to,
            @Nullable Long similarTo,
            @Nullable String sort,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String suggest) {

        SearchRequest request() {
            return new SearchRequest(
                    q,
                    blankToNull(label),
                    blankToNull(curator),
                    state == null || state.isBlank() ? null : parseState(state),
                    blankToNull(disagreement),
                    blankToNull(suggestion),
                    minScore,
                    date("from", from),
                    date("to", to),
                    similarTo,
                    sort == null || sort.isBlank() ? SearchRequest.Sort.RELEVANCE : parseSort(sort),
                    page == null ? 0 : page,
                    size == null ? 20 : size);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ArticleState parseState(String value) {
        try {
            return ArticleState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "state",
                    "Unknown state '" + value + "'; the states are " + Arrays.toString(ArticleState.values()) + ".");
        }
    }

    private static SearchRequest.Sort parseSort(String value) {
        try {
            return SearchRequest.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "Sort by 'relevance' or 'article'.");
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Give a day as 2026-11-30.");
        }
    }
}
