package dev.tagbench.agreement;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Agreement figures from submitted annotations: each label is a yes/no decision per sentence, over
 * the sentences at least two curators submitted. The decisions are streamed once and counted
 * ({@link BinaryAgreement}), so a project of any size is measured in constant memory. Reviewers and
 * managers only; articles the caller curates are left out while the caller's own labels there can
 * still change.
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
     * Krippendorff's alpha per label key (and {@code "overall"}) over some articles: the figure for
     * dataset cards of exports.
     */
    public Map<String, @Nullable Double> alphaForArticles(AppUser actor, long projectId, Collection<Long> articleIds) {
        var figures = compute(actor, projectId, articleIds);
        var alphas = new LinkedHashMap<String, @Nullable Double>();
        figures.perLabel().forEach((key, label) -> alphas.put(key, label.krippendorffAlpha()));
        alphas.put("overall", figures.overallAlpha());
        return alphas;
    }

    /** Streams the decisions once; memory grows with labels and curators, not with sentences. */
    private ProjectAgreement compute(AppUser actor, long projectId, @Nullable Collection<Long> articleIds) {
        var keys =
                projects.get(actor, projectId).labels().stream().map(Label::key).toList();
        var perLabel = new LinkedHashMap<String, BinaryAgreement>();
        keys.forEach(key -> perLabel.put(key, new BinaryAgreement()));
        var overall = new BinaryAlpha();
        var sentences = new int[] {0};
        annotations.forEachSubmittedSentence(actor, projectId, articleIds, (sentenceId, byCurator) -> {
            sentences[0]++;
            for (var key : keys) {
                var ratings = new HashMap<String, Boolean>();
                byCurator.forEach((curator, labels) -> ratings.put(curator, labels.contains(key)));
                perLabel.get(key).add(ratings);
                overall.add(ratings.values());
            }
        });
        var figures = new LinkedHashMap<String, AgreementFigures>();
        perLabel.forEach((key, agreement) -> figures.put(key, agreement.figures()));
        return new ProjectAgreement(figures, overall.alpha(), sentences[0]);
    }
}
