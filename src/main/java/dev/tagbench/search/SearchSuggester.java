package dev.tagbench.search;

import dev.tagbench.suggest.LabelSuggester;
import dev.tagbench.suggest.SuggestionContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Offers the suggestions managers made from searches, like any other suggester: curators see them as
 * hints and decide; accepted ones become the curator's labels and go through review as usual. A
 * manager switches it off per project in the Suggestions view.
 */
@Component
class SearchSuggester implements LabelSuggester {

    private final StoredSearchSuggestions stored;

    SearchSuggester(StoredSearchSuggestions stored) {
        this.stored = stored;
    }

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String name() {
        return "Managers' searches";
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences) {
        return stored.of(
                context.projectId(),
                sentences.stream().map(SentenceToLabel::sentenceId).toList());
    }
}
