package dev.tagbench.search;

import dev.tagbench.annotation.LabelScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL condition on {@code sentence s join article a} for a search and a viewer's
 * {@link LabelScope}, with its parameters. Whose labels a condition may read follows the scope exactly:
 * on articles where the viewer sees only their own labels, label, curator and disagreement filters read
 * only theirs (so a disagreement is never found there), and final labels count only where the viewer
 * sees the review.
 *
 * @param ownOnly SQL true on articles where the viewer reads only their own decisions
 * @param finals  SQL true on articles whose final labels the viewer reads instead of the curators'
 */
record SentenceFilter(String where, Map<String, Object> params, String ownOnly, String finals) {

    /** The text-search configuration of {@code sentence.search_vector}. */
    static final String CONFIGURATION = "english";

    static SentenceFilter of(long projectId, SearchRequest request, LabelScope scope) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        params.put("project", projectId);
        params.put("viewer", scope.viewerId());
        conditions.add("a.project_id = :project");
        // Which articles, and where only the viewer's own labels count or the final labels do.
        String ownOnly;
        String finals;
        if (scope.everyArticle()) {
            params.put("ownOnly", scope.ownOnly().toArray(Long[]::new));
            ownOnly = scope.ownOnly().isEmpty() ? "false" : "a.id = any(cast(:ownOnly as bigint[]))";
            finals = "a.state = 'APPROVED' and not (" + ownOnly + ")";
        } else {
            params.put("held", scope.held().toArray(Long[]::new));
            conditions.add("a.id = any(cast(:held as bigint[]))");
            ownOnly = scope.blind() ? "true" : "false";
            finals = "false";
        }
        var visibleDecision = "(not (" + ownOnly + ") or n.user_id = :viewer)";
        var words = request.words();
        if (words != null) {
            params.put("q", words);
            conditions.add("s.search_vector @@ websearch_to_tsquery('" + CONFIGURATION + "', :q)");
        }
        if (request.label() != null) {
            params.put("label", new String[] {request.label()});
            conditions.add(
                    "case when " + finals + " then exists (select 1 from final_label f where f.sentence_id = s.id"
                            + " and f.labels @> cast(:label as text[]))"
                            + " else exists (select 1 from annotation n where n.sentence_id = s.id"
                            + " and n.labels @> cast(:label as text[]) and " + visibleDecision + ") end");
        }
        if (request.curator() != null) {
            params.put("curator", request.curator());
            conditions.add("exists (select 1 from annotation n join app_user u on u.id = n.user_id"
                    + " where n.sentence_id = s.id and lower(u.username) = lower(:curator) and " + visibleDecision
                    + ")");
        }
        if (request.disagreement() != null) {
            conditions.add("not (" + ownOnly + ")");
            if (request.disagreement().equals(SearchService.ANY_LABEL)) {
                conditions.add("(select count(distinct n.labels) from annotation n where n.sentence_id = s.id) > 1");
            } else {
                params.put("disputed", new String[] {request.disagreement()});
                conditions.add("exists (select 1 from annotation n where n.sentence_id = s.id"
                        + " and n.labels @> cast(:disputed as text[]))");
                conditions.add("exists (select 1 from annotation n where n.sentence_id = s.id"
                        + " and not n.labels @> cast(:disputed as text[]))");
            }
        }
        if (request.suggestion() != null) {
            params.put("suggested", request.suggestion());
            params.put("minScore", request.minScore() == null ? SearchService.DEFAULT_MIN_SCORE : request.minScore());
            conditions.add("(exists (select 1 from suggestion_shown x where x.sentence_id = s.id"
                    + " and x.label_key = :suggested and x.score >= :minScore"
                    + (scope.everyArticle() ? "" : " and x.user_id = :viewer") + ")"
                    + " or exists (select 1 from search_suggestion g where g.sentence_id = s.id"
                    + " and g.label_key = :suggested))");
        }
        if (request.state() != null) {
            params.put("state", request.state().name());
            conditions.add("a.state = :state");
        }
        if (request.from() != null) {
            params.put("from", request.from());
            conditions.add("a.published_on >= :from");
        }
        if (request.to() != null) {
            params.put("to", request.to());
            conditions.add("a.published_on <= :to");
        }
        return new SentenceFilter(String.join("\n  and ", conditions), params, ownOnly, finals);
    }

    /** Whether a decision {@code n} on a sentence of article {@code a} is one the viewer may read. */
    String visibleDecision() {
        return "(not (" + ownOnly + ") or n.user_id = :viewer)";
    }
}
