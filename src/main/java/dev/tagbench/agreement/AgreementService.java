package dev.tagbench.agreement;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Agreement figures from submitted annotations: each label is a yes/no decision per sentence, over
 * the sentences at least two curators submitted. Reviewers and managers only; articles the caller
 * curates are left out while the caller's own labels there can still change.
 */
@Service
public class AgreementService {

    private final AnnotationService annotations;
    private final ProjectService projects;

    AgreementService(AnnotationService annotations, ProjectService projects) {
        this.annotations = annotations;
        this.projects = projects;
    }

    public ProjectAgreement forProject(AppUser actor, long projectId) {
        return compute(actor, projectId, null);
    }

    /** One article's agreement; refused to its curators while their own labels can still change. */
    public ProjectAgreement forArticle(AppUser actor, long projectId, long articleId) {
        annotations.requireOthersVisible(actor, articleId);
        return compute(actor, projectId, List.of(articleId));
    }

    /** Agreement over some articles of a project only, such as those of a dataset export. */
    public ProjectAgreement forArticles(AppUser actor, long projectId, Collection<Long> articleIds) {
        return compute(actor, projectId, articleIds);
    }

    /**
     * Krippendorff's alpha per label key (and {@code "overall"}) over some articles, in constant
     * memory: the figure for dataset cards of exports of any size.
     */
    public Map<String, @Nullable Double> alphaForArticles(AppUser actor, long projectId, Collection<Long> articleIds) {
        var keys =
                projects.get(actor, projectId).labels().stream().map(Label::key).toList();
        var perLabel = new LinkedHashMap<String, BinaryAlpha>();
        keys.forEach(key -> perLabel.put(key, new BinaryAlpha()));
        var overall = new BinaryAlpha();
        annotations.forEachSubmittedSentence(actor, projectId, articleIds, (sentenceId, byCurator) -> {
            for (var key : keys) {
                var ratings = byCurator.values().stream()
                        .map(labels -> labels.contains(key))
                        .toList();
                perLabel.get(key).add(ratings);
                overall.add(ratings);
            }
        });
        var alphas = new LinkedHashMap<String, @Nullable Double>();
        perLabel.forEach((key, alpha) -> alphas.put(key, alpha.alpha()));
        alphas.put("overall", overall.alpha());
        return alphas;
    }

    private ProjectAgreement compute(AppUser actor, long projectId, @Nullable Collection<Long> articleIds) {
        var keys =
                projects.get(actor, projectId).labels().stream().map(Label::key).toList();
        var perLabel = new HashMap<String, List<RatedItem>>();
        keys.forEach(key -> perLabel.put(key, new ArrayList<>()));
        var pooled = new ArrayList<RatedItem>();
        var sentences = new int[] {0};
        annotations.forEachSubmittedSentence(actor, projectId, articleIds, (sentenceId, byCurator) -> {
            sentences[0]++;
            for (var key : keys) {
                var ratings = new HashMap<String, Object>();
                byCurator.forEach((curator, labels) -> ratings.put(curator, labels.contains(key)));
                perLabel.get(key).add(new RatedItem(sentenceId + "", ratings));
                pooled.add(new RatedItem(sentenceId + ":" + key, ratings));
            }
        });
        var figures = new LinkedHashMap<String, AgreementFigures>();
        keys.forEach(key -> figures.put(key, AgreementCalculator.compute(perLabel.get(key))));
        return new ProjectAgreement(figures, AgreementCalculator.compute(pooled).krippendorffAlpha(), sentences[0]);
    }
}
