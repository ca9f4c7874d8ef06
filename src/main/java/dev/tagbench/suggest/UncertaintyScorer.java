package dev.tagbench.suggest;

import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import java.util.HashMap;
import org.springframework.stereotype.Component;

/**
 * After a training, scores the sentences of every article not approved yet and keeps, per article,
 * its least certain sentence: {@code 1 − |2p − 1|} for the label whose probability is closest to
 * one half. Active learning hands out the most uncertain articles first. Embedding these
 * sentences now also makes their suggestions quick when the articles are opened.
 */
@Component
class UncertaintyScorer {

    /** Articles scored per call to the suggester. */
    private static final int ARTICLES_PER_BATCH = 20;

    private final Uncertainties uncertainties;

    UncertaintyScorer(Uncertainties uncertainties) {
        this.uncertainties = uncertainties;
    }

    void score(long projectId, LabelSuggester suggester, TrainingContext training, TrainedModel model, String version) {
        var context = new SuggestionContext(projectId, training.schema(), training.settings(), model);
        var open = uncertainties.openArticles(projectId);
        for (var from = 0; from < open.size(); from += ARTICLES_PER_BATCH) {
            var sentences =
                    uncertainties.sentences(open.subList(from, Math.min(open.size(), from + ARTICLES_PER_BATCH)));
            var articleOf = new HashMap<Long, Long>();
            sentences.forEach(sentence -> articleOf.put(sentence.sentenceId(), sentence.articleId()));
            var best = new HashMap<Long, UncertainArticle>();
            var toScore = sentences.stream()
                    .map(sentence -> new SentenceToLabel(sentence.sentenceId(), sentence.text()))
                    .toList();
            for (var suggestion : suggester.suggest(context, toScore)) {
                var article = articleOf.get(suggestion.sentenceId());
                var value = 1 - Math.abs(2 * Math.clamp(suggestion.confidence(), 0, 1) - 1);
                var current = best.get(article);
                if (current == null || value > current.uncertainty()) {
                    best.put(article, new UncertainArticle(article, suggestion.sentenceId(), value));
                }
            }
            uncertainties.save(projectId, best.values(), version);
        }
    }
}
