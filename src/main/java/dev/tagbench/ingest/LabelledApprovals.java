package dev.tagbench.ingest;

import dev.tagbench.article.ArticleService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.user.AppUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Approves, in the batch's transaction, the stored articles whose labels came with them: an article
 * rebuilt from a dataset with the labels of each sentence, a labelled record of one sentence with
 * its labels. So an article is stored labelled or not at all.
 */
final class LabelledApprovals implements ArticleBatch.StoredHook {

    private final ArticleService articles;
    private final ReviewService reviews;
    private final AppUser actor;

    LabelledApprovals(ArticleService articles, ReviewService reviews, AppUser actor) {
        this.articles = articles;
        this.reviews = reviews;
        this.actor = actor;
    }

    @Override
    public void stored(List<PreparedArticle> prepared, List<Optional<Long>> ids) {
        for (var i = 0; i < prepared.size(); i++) {
            var article = prepared.get(i);
            var id = ids.get(i);
            var labels = labels(article);
            if (labels != null && id.isPresent()) {
                var sentences = articles.get(actor, id.get()).sentences();
                var bySentence = new LinkedHashMap<Long, List<String>>();
                for (var s = 0; s < sentences.size(); s++) {
                    bySentence.put(sentences.get(s).id(), labels.get(s));
                }
                reviews.approveImported(actor, id.get(), bySentence, article.approvedAt(), article.approval());
            }
        }
    }

    private static @Nullable List<List<String>> labels(PreparedArticle article) {
        if (article.sentenceLabels() != null) {
            return article.sentenceLabels();
        }
        var labels = article.imported().labels();
        return labels != null && article.sentences().size() == 1 ? List.of(labels) : null;
    }
}
