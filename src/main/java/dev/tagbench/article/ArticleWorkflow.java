package dev.tagbench.article;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.AppUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves articles through their states ({@link ArticleTransition}) and records every move with who
 * and when. The moves run only inside the transaction of a service that checked the actor's role
 * first ({@code MANDATORY}); this service checks that the move is allowed from the state the article
 * is in now, under a row lock, so concurrent moves never both succeed. A rejection is announced as
 * {@link ArticleRejected} in the same transaction. What views read takes the actor, who must be a
 * member of the article's project.
 */
@Service
public class ArticleWorkflow {

    private final JdbcClient jdbc;
    private final ArticleService articles;
    private final ApplicationEventPublisher events;

    ArticleWorkflow(JdbcClient jdbc, ArticleService articles, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.events = events;
    }

    /** The article's workflow state, locked until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewHold lock(long articleId) {
        return jdbc.sql("""
                        select a.state, a.reviewer_id, u.username, a.project_id
                        from article a left join app_user u on u.id = a.reviewer_id where a.id = :id for update of a""")
                .param("id", articleId)
                .query((rs, row) -> new ReviewHold(
                        articleId,
                        rs.getLong("project_id"),
                        ArticleState.valueOf(rs.getString("state")),
                        rs.getObject("reviewer_id") == null ? null : rs.getLong("reviewer_id"),
                        rs.getString("username")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Article " + articleId + " does not exist."));
    }

    /** The article's state and reviewer, for a member of its project. */
    @Transactional(readOnly = true)
    public ReviewHold state(AppUser actor, long articleId) {
        articles.projectOf(actor, articleId);
        return current(articleId);
    }

    /** The article's state and reviewer, unlocked, inside the transaction of a service that checked access. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public ReviewHold current(long articleId) {
        return jdbc.sql("""
                        select a.state, a.reviewer_id, u.username, a.project_id
                        from article a left join app_user u on u.id = a.reviewer_id where a.id = :id""")
                .param("id", articleId)
                .query((rs, row) -> new ReviewHold(
                        articleId,
                        rs.getLong("project_id"),
                        ArticleState.valueOf(rs.getString("state")),
                        rs.getObject("reviewer_id") == null ? null : rs.getLong("reviewer_id"),
                        rs.getString("username")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Article " + articleId + " does not exist."));
    }

    /**
     * Applies a transition if the article's current state allows it.
     *
     * @throws ConflictException when it does not, naming the current state
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ArticleState apply(
            long articleId, ArticleTransition transition, @Nullable Long actorId, @Nullable String comment) {
        var hold = lock(articleId);
        var current = hold.state();
        if (!transition.allowedFrom(current)) {
            throw new ConflictException("The article is " + current.displayName() + ", so it cannot be "
                    + transition.name().toLowerCase().replace('_', ' ') + ".");
        }
        var target = transition.target();
        if (current == ArticleState.APPROVED && target != ArticleState.APPROVED) {
            events.publishEvent(new ApprovalWithdrawn(articleId, hold.projectId()));
        }
        // A returned article waits for any reviewer (none holds it); starting a review holds it.
        jdbc.sql("""
                        update article set state = :to, version = version + 1,
                               reviewer_id = case when :transition = 'RETURN_TO_REVIEW' then null
                                                  when :to = 'IN_REVIEW' then :actor else reviewer_id end,
                               review_started_at = case when :transition = 'RETURN_TO_REVIEW' then null
                                                        when :to = 'IN_REVIEW' then now() else review_started_at end,
                               approved_by = case when :to = 'APPROVED' then :actor end,
                               approved_at = case when :to = 'APPROVED' then now() end
                        where id = :id""")
                .param("to", target.name())
                .param("transition", transition.name())
                .param("actor", actorId)
                .param("id", articleId)
                .update();
        jdbc.sql("""
                        insert into article_state_change (article_id, from_state, to_state, changed_by, comment)
                        values (:article, :from, :to, :actor, :comment)""")
                .param("article", articleId)
                .param("from", current.name())
                .param("to", target.name())
                .param("actor", actorId)
                .param("comment", comment)
                .update();
        if (target == ArticleState.APPROVED) {
            events.publishEvent(new ArticleApproved(articleId, hold.projectId()));
        }
        if (target == ArticleState.REJECTED) {
            events.publishEvent(new ArticleRejected(articleId, hold.projectId(), comment));
        }
        return target;
    }

    /**
     * Records that a curator submitted the article; the last submission it needed makes it ready for
     * review. Called inside the submitting transaction, which also carries the event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submitted(long articleId, AppUser curator, boolean last) {
        if (last) {
            apply(articleId, ArticleTransition.ALL_SUBMITTED, curator.id(), null);
        }
        events.publishEvent(new ArticleSubmitted(articleId, current(articleId).projectId(), curator.username(), last));
    }

    /**
     * Takes the review of an article in review that no reviewer holds (one returned for a correction).
     *
     * @return whether the actor now holds it; false when someone else took it first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holdReview(long articleId, long actorId) {
        return jdbc.sql("""
                        update article set reviewer_id = :actor, review_started_at = now(), version = version + 1
                        where id = :id and state = 'IN_REVIEW' and reviewer_id is null""").param("actor", actorId).param("id", articleId).update() > 0;
    }

    /**
     * Approves a labelled article as it was imported: no reviewer of this installation approved it,
     * so none is recorded; the approval time is the one the dataset carries, if any. The importing
     * manager is recorded as who made the move.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approveImported(long articleId, long importerId, @Nullable Instant approvedAt, String comment) {
        var hold = lock(articleId);
        if (!ArticleTransition.IMPORT_APPROVED.allowedFrom(hold.state())) {
            throw new ConflictException(
                    "The article is " + hold.state().displayName() + ", so it cannot be approved as imported.");
        }
        jdbc.sql("""
                        update article set state = 'APPROVED', version = version + 1, approved_by = null,
                               approved_at = coalesce(:approvedAt, now())
                        where id = :id""")
                .param("approvedAt", approvedAt == null ? null : Timestamp.from(approvedAt))
                .param("id", articleId)
                .update();
        jdbc.sql("""
                        insert into article_state_change (article_id, from_state, to_state, changed_by, comment)
                        values (:article, :from, 'APPROVED', :actor, :comment)""")
                .param("article", articleId)
                .param("from", hold.state().name())
                .param("actor", importerId)
                .param("comment", comment)
                .update();
        events.publishEvent(new ArticleApproved(articleId, hold.projectId()));
    }

    /** The article's moves, oldest first, for a member of its project. */
    @Transactional(readOnly = true)
    public List<StateChange> history(AppUser actor, long articleId) {
        articles.projectOf(actor, articleId);
        return jdbc.sql("""
                        select c.from_state, c.to_state, u.username, c.changed_at, c.comment
                        from article_state_change c left join app_user u on u.id = c.changed_by
                        where c.article_id = :id order by c.id""")
                .param("id", articleId)
                .query((rs, row) -> new StateChange(
                        ArticleState.valueOf(rs.getString(1)),
                        ArticleState.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** The latest rejection comment, shown to curators reworking an article; for members of its project. */
    @Transactional(readOnly = true)
    public Optional<String> rejectionComment(AppUser actor, long articleId) {
        articles.projectOf(actor, articleId);
        return jdbc.sql("""
                        select comment from article_state_change where article_id = :id and to_state = 'REJECTED'
                        order by id desc limit 1""").param("id", articleId).query(String.class).optional();
    }

    /** An article's state and who holds its review, if anyone. */
    public record ReviewHold(
            long articleId,
            long projectId,
            ArticleState state,
            @Nullable Long reviewerId,
            @Nullable String reviewerName) {}

    /** One recorded move. */
    public record StateChange(
            ArticleState from,
            ArticleState to,
            @Nullable String by,
            Instant at,
            @Nullable String comment) {}
}
