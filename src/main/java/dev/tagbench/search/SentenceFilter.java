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
 * @param early   conditions an index serves (project, words, label keys, state, dates): what a page ranks
 *                and orders
 * @param late    conditions on labels, curators and suggestions, probed per sentence through the
 *                sentence's own rows, so a page checks them only until it is full
 * @param ownOnly SQL true on articles where the viewer reads only their own decisions
 * @param finals  SQL true on articles whose final labels the viewer reads instead of the curators'
 */
record SentenceFilter(String early, String late, Map<String, Object> params, String ownOnly, String finals) {

    /** The text-search configuration of {@code sentence.search_vector}. */
    static final String CONFIGURATION = "english";

    static SentenceFilter of(long projectId, SearchRequest request, LabelScope scope) {
        var conditions = new ArrayList<String>();
        var late = new ArrayList<String>();
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
            // Every key any decision on the sentence carried (V16): the index narrows, the probe decides.
            conditions.add("s.label_keys @> cast(:label as text[])");
            // Scalar subqueries, never hashed over the whole table: each sentence probes its own rows.
            late.add("case when " + finals
                    + " then coalesce((select f.labels @> cast(:label as text[]) from final_label f"
                    + " where f.sentence_id = s.id), false)"
                    + " else coalesce((select bool_or(n.labels @> cast(:label as text[])) from annotation n"
                    + " where n.sentence_id = s.id and " + visibleDecision + "), false) end");
        }
        if (request.curator() != null) {
            params.put("curator", request.curator());
            late.add("exists (select 1 from annotation n join app_user u on u.id = n.user_id"
                    + " where n.sentence_id = s.id and lower(u.username) = lower(:curator) and " + visibleDecision
                    + ")");
        }
        if (request.disagreement() != null) {
            late.add("not (" + ownOnly + ")");
            if (request.disagreement().equals(SearchService.ANY_LABEL)) {
                late.add("(select count(distinct n.labels) from annotation n where n.sentence_id = s.id) > 1");
            } else {
                params.put("disputed", new String[] {request.disagreement()});
                conditions.add("s.label_keys @> cast(:disputed as text[])");
                late.add("exists (select 1 from annotation n where n.sentence_id = s.id"
                        + " and n.labels @> cast(:disputed as text[]))");
                late.add("exists (select 1 from annotation n where n.sentence_id = s.id"
                        + " and not n.labels @> cast(:disputed as text[]))");
            }
        }
        if (request.suggestion() != null) {
            params.put("suggested", request.suggestion());
            params.put("minScore", request.minScore() == null ? SearchService.DEFAULT_MIN_SCORE : request.minScore());
            late.add("(exists (select 1 from suggestion_shown x where x.sentence_id = s.id"
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
        return new SentenceFilter(
                String.join("\n  and ", conditions),
                late.isEmpty() ? "true" : String.join("\n  and ", late),
                params,
                ownOnly,
                finals);
    }

    /** Every condition, for a statement over {@code sentence s join article a}. */
    String where() {
        return early + "\n  and " + late;
    }

    /** Whether a decision {@code n} on a sentence of article {@code a} is one the viewer may read. */
    String visibleDecision() {
        return "(not (" + ownOnly + ") or n.user_id = :viewer)";
    }
}
