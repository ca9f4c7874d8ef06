package dev.tagbench.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnnotationRepository {

    /**
     * The project's articles on which the viewer's own part can still change, so the viewer must not
     * see the other curators' labels there: an unsubmitted slot, or a slot or labels on an article whose
     * review has not started (a submission can be reopened until then, and released slots can be taken
     * again). Needs the parameters {@code viewer} and {@code project}.
     */
    static final String HIDDEN_FROM_VIEWER = """
            select g.article_id from assignment g join article h on h.id = g.article_id
            where g.user_id = :viewer and h.project_id = :project
              and (g.status = 'ASSIGNED' or h.state in ('NEW', 'IN_PROGRESS', 'ANNOTATED', 'REJECTED'))
            union
            select hs.article_id from annotation ha join sentence hs on hs.id = ha.sentence_id
            join article h on h.id = hs.article_id
            where ha.user_id = :viewer and h.project_id = :project
              and h.state in ('NEW', 'IN_PROGRESS', 'ANNOTATED', 'REJECTED')""";

    private final JdbcClient jdbc;

    AnnotationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the viewer's own part on the article can still change (see {@link #HIDDEN_FROM_VIEWER}). */
    boolean ownPartOpen(long projectId, long articleId, long viewerId) {
        return jdbc.sql("select :article in (" + HIDDEN_FROM_VIEWER + ")")
                .param("article", articleId)
                .param("project", projectId)
                .param("viewer", viewerId)
                .query(Boolean.class)
                .single();
    }

    /** How many of the project's articles hide the other curators' labels from the viewer. */
    int ownPartsOpen(long projectId, long viewerId) {
        return jdbc.sql("select count(*) from (" + HIDDEN_FROM_VIEWER + ") hidden")
                .param("project", projectId)
                .param("viewer", viewerId)
                .query(Integer.class)
                .single();
    }

    /** The stored decision, locked until the transaction ends so concurrent writes queue up. */
    Optional<SentenceLabels> lock(long sentenceId, long userId) {
        return jdbc.sql("""
                        select sentence_id, labels, version from annotation
                        where sentence_id = :sentence and user_id = :user for update""")
                .param("sentence", sentenceId)
                .param("user", userId)
                .query(AnnotationRepository::labels)
                .optional();
    }

    /**
     * Locks the sentence against splits, merges and other label writes on it until the transaction
     * ends; false when it is gone (merged away), so a late label write is refused instead of landing
     * on a deleted sentence. Not a shared lock: a write that gives the sentence a new label key
     * updates the sentence's row (V16), and two shared holders upgrading at once would deadlock.
     */
    boolean lockSentence(long sentenceId) {
        return jdbc.sql("select id from sentence where id = :id for no key update")
                .param("id", sentenceId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /**
     * Inserts a decision where there is none; empty when a concurrent transaction inserted one
     * first. The version continues from the sentence's history (every change appended one row), so
     * a decision taken back and made again never reuses a version a stale client might still hold.
     */
    Optional<Integer> insertIfAbsent(long sentenceId, long userId, List<String> labels) {
        return jdbc.sql("""
                        insert into annotation (sentence_id, user_id, labels, version)
                        values (:sentence, :user, string_to_array(:labels, ',')::text[],
                                1 + (select count(*) from annotation_history h
                                     where h.sentence_id = :sentence and h.user_id = :user))
                        on conflict (sentence_id, user_id) do nothing returning version""")
                .param("sentence", sentenceId)
                .param("user", userId)
                .param("labels", String.join(",", labels))
                .query(Integer.class)
                .optional();
    }

    int update(long sentenceId, long userId, List<String> labels) {
        return jdbc.sql("""
                        update annotation set labels = string_to_array(:labels, ',')::text[],
                               version = 1 + (select count(*) from annotation_history h
                                              where h.sentence_id = :sentence and h.user_id = :user),
                               updated_at = now()
                        where sentence_id = :sentence and user_id = :user returning version""")
                .param("sentence", sentenceId)
                .param("user", userId)
                .param("labels", String.join(",", labels))
                .query(Integer.class)
                .single();
    }

    void delete(long sentenceId, long userId) {
        jdbc.sql("delete from annotation where sentence_id = :sentence and user_id = :user")
                .param("sentence", sentenceId)
                .param("user", userId)
                .update();
    }

    List<SentenceLabels> forArticle(long articleId, long userId) {
        return jdbc.sql("""
                        select a.sentence_id, a.labels, a.version from annotation a
                        join sentence s on s.id = a.sentence_id
                        where s.article_id = :article and a.user_id = :user order by s.idx""")
                .param("article", articleId)
                .param("user", userId)
                .query(AnnotationRepository::labels)
                .list();
    }

    Map<Long, Integer> decidedCounts(long userId, Collection<Long> articleIds) {
        var counts = new HashMap<Long, Integer>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select s.article_id, count(*) from annotation a join sentence s on s.id = a.sentence_id
                        where a.user_id = :user and s.article_id = any(:articles) group by s.article_id""")
                .param("user", userId)
                .param("articles", articleIds.toArray(Long[]::new))
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /** Decisions of curators who submitted the article: sentence id → username → labels. */
    Map<Long, Map<String, List<String>>> submittedDecisions(long articleId) {
        var decisions = new TreeMap<Long, Map<String, List<String>>>();
        jdbc.sql("""
                        select a.sentence_id, u.username, a.labels from annotation a
                        join sentence s on s.id = a.sentence_id
                        join assignment g on g.article_id = s.article_id and g.user_id = a.user_id and g.status = 'SUBMITTED'
                        join app_user u on u.id = a.user_id
                        where s.article_id = :article order by s.idx, u.username""")
                .param("article", articleId)
                .query((rs, row) -> decisions
                        .computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
                        .put(rs.getString(2), Arrays.asList((String[])
                                rs.getArray(3).getArray())))
                .list();
        return decisions;
    }

    /**
     * Streams submitted decisions of a project (or one article) sentence by sentence, for agreement:
     * each call gets a sentence id and username → labels, for sentences at least two curators submitted.
     */
    void forEachSubmittedSentence(
            long projectId,
            long viewerId,
            @Nullable Collection<Long> articleIds,
            BiConsumer<Long, Map<String, List<String>>> consumer) {
        var current = new long[] {-1};
        var decisions = new TreeMap<String, List<String>>();
        jdbc.sql("""
                        select a.sentence_id, u.username, a.labels from annotation a
                        join sentence s on s.id = a.sentence_id
                        join article ar on ar.id = s.article_id
                        join assignment g on g.article_id = s.article_id and g.user_id = a.user_id and g.status = 'SUBMITTED'
                        join app_user u on u.id = a.user_id
                        where ar.project_id = :project
                          and (cast(:articles as bigint[]) is null
                               or s.article_id in (select unnest(cast(:articles as bigint[]))))
                          and s.article_id not in (""" + HIDDEN_FROM_VIEWER + """
                        )
                        order by a.sentence_id, u.username""")
                .param("project", projectId)
                .param("viewer", viewerId)
                .param("articles", articleIds == null ? null : articleIds.toArray(Long[]::new))
                .query(rs -> {
                    var sentenceId = rs.getLong(1);
                    if (sentenceId != current[0] && decisions.size() >= 2) {
                        consumer.accept(current[0], Map.copyOf(decisions));
                    }
                    if (sentenceId != current[0]) {
                        decisions.clear();
                        current[0] = sentenceId;
                    }
                    decisions.put(rs.getString(2), Arrays.asList((String[])
                            rs.getArray(3).getArray()));
                });
        if (decisions.size() >= 2) {
            consumer.accept(current[0], Map.copyOf(decisions));
        }
    }

    /** Decided sentences per curator in a project, leaving out the articles hidden from the viewer. */
    Map<String, Integer> decidedPerCurator(long projectId, long viewerId) {
        var counts = new TreeMap<String, Integer>();
        jdbc.sql("""
                        select u.username, count(*) from annotation a join sentence s on s.id = a.sentence_id
                        join article ar on ar.id = s.article_id join app_user u on u.id = a.user_id
                        where ar.project_id = :project and s.article_id not in (""" + HIDDEN_FROM_VIEWER + """
                        ) group by u.username""")
                .param("project", projectId)
                .param("viewer", viewerId)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /** How often curators chose each label in a project, leaving out the articles hidden from the viewer. */
    Map<String, Integer> labelCounts(long projectId, long viewerId) {
        var counts = new TreeMap<String, Integer>();
        jdbc.sql("""
                        select label, count(*) from annotation a join sentence s on s.id = a.sentence_id
                        join article ar on ar.id = s.article_id, unnest(a.labels) as label
                        where ar.project_id = :project and s.article_id not in (""" + HIDDEN_FROM_VIEWER + """
                        ) group by label""")
                .param("project", projectId)
                .param("viewer", viewerId)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }

    boolean hasWorkedOn(long userId, long articleId) {
        return jdbc.sql("""
                        select exists (select 1 from assignment where article_id = :article and user_id = :user)
                            or exists (select 1 from annotation a join sentence s on s.id = a.sentence_id
                                       where s.article_id = :article and a.user_id = :user)""")
                .param("article", articleId)
                .param("user", userId)
                .query(Boolean.class)
                .single();
    }

    /** How many sentences of the article the curator has not decided. */
    int undecided(long articleId, long userId) {
        return jdbc.sql("""
                        select count(*) from sentence s where s.article_id = :article
                          and not exists (select 1 from annotation a where a.sentence_id = s.id and a.user_id = :user)""")
                .param("article", articleId)
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    /** Every curator's decision on one sentence, locked for a structural edit. */
    List<UserDecision> lockAll(long sentenceId) {
        return jdbc.sql(
                        "select user_id, sentence_id, labels, version from annotation where sentence_id = :s for update")
                .param("s", sentenceId)
                .query((rs, row) -> new UserDecision(rs.getLong("user_id"), labels(rs, row)))
                .list();
    }

    /** A curator and their decision on a sentence. */
    record UserDecision(long userId, SentenceLabels decision) {}

    private static SentenceLabels labels(ResultSet rs, int row) throws SQLException {
        var array = (String[]) rs.getArray("labels").getArray();
        return new SentenceLabels(rs.getLong("sentence_id"), Arrays.asList(array), rs.getInt("version"));
    }
}
