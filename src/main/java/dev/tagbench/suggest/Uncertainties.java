package dev.tagbench.suggest;

import dev.tagbench.suggest.TrainingData.OpenSentence;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of scoring open articles after a training: which articles are open, their
 * sentences a batch at a time, and each batch's results, each in a short transaction of its own, so
 * none is open while the model scores a batch.
 */
@Service
class Uncertainties {

    private final TrainingData data;
    private final UncertaintyRepository repository;

    Uncertainties(TrainingData data, UncertaintyRepository repository) {
        this.data = data;
        this.repository = repository;
    }

    /** Articles of the project not approved yet, oldest first. */
    @Transactional(readOnly = true)
    List<Long> openArticles(long projectId) {
        return data.openArticles(projectId);
    }

    @Transactional(readOnly = true)
    List<OpenSentence> sentences(List<Long> articleIds) {
        return data.sentences(articleIds);
    }

    /** Stores a batch of articles' uncertainty under the model that measured it. */
    @Transactional
    void save(long projectId, Collection<UncertainArticle> articles, String modelVersion) {
        articles.forEach(article -> repository.save(projectId, article, modelVersion));
    }
}
