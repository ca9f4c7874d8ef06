package dev.tagbench.suggest;

import dev.tagbench.annotation.LabelSuggestions;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.user.AppUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Suggestions as the workbench and the review view ask for them, from {@link SuggestionService}. */
@Component
class WorkbenchSuggestions implements LabelSuggestions {

    private final SuggestionService suggestions;

    WorkbenchSuggestions(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public boolean maySee(AppUser actor, long articleId) {
        return suggestions.maySee(actor, articleId);
    }

    @Override
    public Map<Long, List<Suggested>> forArticle(AppUser actor, long articleId) {
        var bySentence = new LinkedHashMap<Long, List<Suggested>>();
        for (var sentence : suggestions.forArticle(actor, articleId)) {
            bySentence.put(
                    sentence.sentenceId(),
                    sentence.labels().stream()
                            .map(label -> new Suggested(label.key(), label.score(), label.reason()))
                            .toList());
        }
        return bySentence;
    }

    @Override
    public SentenceLabels acceptSentence(AppUser actor, long sentenceId, @Nullable Integer expectedVersion) {
        return suggestions.acceptSentence(actor, sentenceId, expectedVersion);
    }

    @Override
    public Accepted acceptAll(AppUser actor, long articleId) {
        var all = suggestions.acceptAll(actor, articleId);
        return new Accepted(all.accepted(), all.skipped());
    }
}
