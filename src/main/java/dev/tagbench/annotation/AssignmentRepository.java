package dev.tagbench.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The status of the curator's slot on the article, if they hold one, locked against a concurrent
     * submission or release until the transaction ends, and the curator marked active. Activity is
     * kept to the minute (slots are released after days), so most label writes only lock the row
     * instead of writing a new version of it and its index entries.
     */
    Optional<AssignmentStatus> touch(long articleId, long userId) {
        return jdbc.sql("""
                        with slot as (
                            select status, last_activity_at from assignment
                            where article_id = :article and user_id = :user for share),
                        touched as (
                            update assignment set last_activity_at = now()
                            where article_id = :article and user_id = :user
                              and last_activity_at < now() - interval '1 minute')
                        select status from slot""")
                .param("article", articleId)
                .param("user", userId)
                .query((rs, row) -> AssignmentStatus.valueOf(rs.getString(1)))
                .optional();
    }

    Optional<AssignmentStatus> status(long articleId, long userId) {
        return jdbc.sql("select status from assignment where article_id = :article and user_id = :user")
                .param("article", articleId)
                .param("user", userId)
                .query((rs, row) -> AssignmentStatus.valueOf(rs.getString(1)))
                .optional();
    }

    Map<Long, AssignmentStatus> statuses(long userId, Collection<Long> articleIds) {
        var statuses = new HashMap<Long, AssignmentStatus>();
        if (articleIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("select article_id, status from assignment where user_id = :user and article_id = any(:articles)")
                .param("user", userId)
                .param("articles", articleIds.toArray(Long[]::new))
                .query((rs, row) -> statuses.put(rs.getLong(1), AssignmentStatus.valueOf(rs.getString(2))))
                .list();
        return statuses;
    }

    int count(long articleId) {
        return jdbc.sql("select count(*) from assignment where article_id = :article")
                .param("article", articleId)
                .query(Integer.class)
                .single();
    }

    int submitted(long articleId) {
        return jdbc.sql("select count(*) from assignment where article_id = :article and status = 'SUBMITTED'")
                .param("article", articleId)
                .query(Integer.class)
                .single();
    }

    void insert(long articleId, long userId, long assignedBy) {
        jdbc.sql("""
                        insert into assignment (article_id, user_id, status, assigned_by)
                        values (:article, :user, 'ASSIGNED', :by) on conflict do nothing""")
                .param("article", articleId)
                .param("user", userId)
                .param("by", assignedBy)
                .update();
    }

    void setStatus(long articleId, long userId, AssignmentStatus status) {
        jdbc.sql("""
                        update assignment set status = :status, last_activity_at = now(),
                               submitted_at = case when :status = 'SUBMITTED' then now() end
                        where article_id = :article and user_id = :user""")
                .param("status", status.name())
                .param("article", articleId)
                .param("user", userId)
                .update();
    }

    /** Sends every submitted slot of a rejected article back to work. */
    void reopenAll(long articleId) {
        jdbc.sql("""
                        update assignment set status = 'ASSIGNED', submitted_at = null, last_activity_at = now()
                        where article_id = :article""").param("article", articleId).update();
    }

    boolean delete(long articleId, long userId) {
        return jdbc.sql(
                                "delete from assignment where article_id = :article and user_id = :user and status = 'ASSIGNED'")
                        .param("article", articleId)
                        .param("user", userId)
                        .update()
                > 0;
    }

    List<Assignment> forArticle(long articleId) {
        return jdbc.sql("""
                        select s.article_id, s.user_id, u.username, s.status, s.assigned_at, s.submitted_at
                        from assignment s join app_user u on u.id = s.user_id
                        where s.article_id = :article order by u.username""")
                .param("article", articleId)
                .query(AssignmentRepository::assignment)
                .list();
    }

    /**
     * Who holds each of the project's articles: its curators (submitted or not) and, during review,
     * its reviewer; article id → holders by name.
     */
    Map<Long, List<WorkHolders.Holder>> holders(long projectId, Collection<Long> articleIds) {
        var holders = new HashMap<Long, List<WorkHolders.Holder>>();
        jdbc.sql("""
                        select g.article_id, u.username, g.status from assignment g
                        join app_user u on u.id = g.user_id join article a on a.id = g.article_id
                        where a.project_id = :project and a.id = any(:articles)
                        union all
                        select a.id, u.username, 'REVIEWING' from article a join app_user u on u.id = a.reviewer_id
                        where a.project_id = :project and a.id = any(:articles) and a.state = 'IN_REVIEW'
                        order by 1, 2""")
                .param("project", projectId)
                .param("articles", articleIds.toArray(Long[]::new))
                .query((rs, row) -> holders.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new WorkHolders.Holder(rs.getString(2), WorkHolders.Part.valueOf(rs.getString(3)))))
                .list();
        return holders;
    }

    /** The curator's unfinished article in the project, oldest first. */
    Optional<Long> openArticle(long projectId, long userId) {
        return jdbc.sql("""
                        select s.article_id from assignment s join article a on a.id = s.article_id
                        where a.project_id = :project and s.user_id = :user and s.status = 'ASSIGNED'
                          and a.state in ('NEW', 'IN_PROGRESS', 'REJECTED')
                        order by s.assigned_at, s.article_id limit 1""")
                .param("project", projectId)
                .param("user", userId)
                .query(Long.class)
                .optional();
    }

    /**
     * The next article for a curator: one that still needs curators and that they have not worked
     * on, articles closest to complete first (so articles reach review sooner), then oldest first.
     * Articles another curator is claiming right now are skipped, not waited for, and never handed
     * out twice.
     */
    /** Whether an article the curator could take exists, locked by a claimer or not. */
    boolean hasFreeSlot(long projectId, long userId, int perArticle, List<Long> passedOver) {
        return jdbc.sql("""
                        select exists (select 1 from article a
                        where a.project_id = :project and a.state in ('NEW', 'IN_PROGRESS')
                          and a.id <> all(:passed)
                          and not exists (select 1 from assignment s where s.article_id = a.id and s.user_id = :user)
                          and (select count(*) from assignment s where s.article_id = a.id) < :perArticle)""")
                .param("project", projectId)
                .param("user", userId)
                .param("perArticle", perArticle)
                .param("passed", passedOver.toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }

    /**
     * Claims the next article; {@code preferred} articles come first in their order (active
     * learning), then the usual order.
     */
    Optional<Long> claimNext(long projectId, long userId, int perArticle, List<Long> passedOver, List<Long> preferred) {
        return jdbc.sql("""
                        select a.id from article a
                        where a.project_id = :project and a.state in ('NEW', 'IN_PROGRESS')
                          and a.id <> all(:passed)
                          and not exists (select 1 from assignment s where s.article_id = a.id and s.user_id = :user)
                          and (select count(*) from assignment s where s.article_id = a.id) < :perArticle
                        order by coalesce(array_position(cast(:preferred as bigint[]), a.id), 2147483647),
                                 (select count(*) from assignment s where s.article_id = a.id) desc, a.id
                        limit 1 for update of a skip locked""")
                .param("project", projectId)
                .param("user", userId)
                .param("perArticle", perArticle)
                .param("passed", passedOver.toArray(Long[]::new))
                .param("preferred", preferred.toArray(Long[]::new))
                .query(Long.class)
                .optional();
    }

    /** Slots of curators who did nothing for too long; returns (article, user) pairs released. */
    List<long[]> releaseAbandoned(Duration after) {
        return jdbc.sql("""
                        delete from assignment
                        where status = 'ASSIGNED' and last_activity_at < now() - make_interval(secs => :seconds)
                        returning article_id, user_id""")
                .param("seconds", after.toSeconds())
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        var submitted = rs.getTimestamp("submitted_at");
        return new Assignment(
                rs.getLong("article_id"),
                rs.getLong("user_id"),
                rs.getString("username"),
                AssignmentStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("assigned_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }
}
